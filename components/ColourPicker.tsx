/**
 * Choose one of the five highlight colours; each option shows its swatch and the user's meaning
 * for it, so the choice never rests on colour alone.
 */
import { COLOURS, type Colour } from '../utils/model';
import { COLOUR_BORDER, COLOUR_FILL, type ColourLabels } from './colours';

export interface ColourPickerProps {
  /** Radio-group name (unique on the page). */
  name: string;
  legend: string;
  value: Colour;
  labels: ColourLabels;
  onChange: (colour: Colour) => void;
}

/** A colour swatch (decorative: its meaning is always written next to it). */
export function Swatch({ colour }: { colour: Colour }) {
  return (
    <span
      class="pn-swatch"
      aria-hidden="true"
      style={{ background: COLOUR_FILL[colour], borderColor: COLOUR_BORDER[colour] }}
    />
  );
}

/** Radio buttons for the five colours. */
export function ColourPicker(props: ColourPickerProps) {
  return (
    <fieldset class="pn-fieldset pn-colour-picker">
      <legend class="pn-small-label">{props.legend}</legend>
      {COLOURS.map((c) => (
        <label class="pn-choice" key={c}>
          <input type="radio" name={props.name} value={c} checked={props.value === c} onChange={() => props.onChange(c)} />
          <Swatch colour={c} />
          <span>{props.labels[c]}</span>
        </label>
      ))}
    </fieldset>
  );
}
