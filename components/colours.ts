/**
 * How the five highlight colours look in the UI and what they mean: the user's own names when set,
 * else the default meanings in the UI language.
 */
import { COLOURS, type Colour } from '../utils/model';
import type { MessageKey, Translate } from '../utils/i18n';

/** A name for each colour, as shown on buttons and in lists. */
export type ColourLabels = Record<Colour, string>;
/** The user's own names (a colour without one uses the default meaning). */
export type ColourLabelSetting = Partial<Record<Colour, string>>;

/** Swatch fills (pale, so dark text on them passes WCAG AA) and their darker borders. */
export const COLOUR_FILL: Record<Colour, string> = {
  yellow: '#fde68a',
  green: '#bbf7d0',
  blue: '#bfdbfe',
  pink: '#fbcfe8',
  orange: '#fed7aa',
};
export const COLOUR_BORDER: Record<Colour, string> = {
  yellow: '#92400e',
  green: '#166534',
  blue: '#1e40af',
  pink: '#9d174d',
  orange: '#9a3412',
};

const DEFAULT_KEYS: Record<Colour, MessageKey> = {
  yellow: 'colourMeaningYellow',
  green: 'colourMeaningGreen',
  blue: 'colourMeaningBlue',
  pink: 'colourMeaningPink',
  orange: 'colourMeaningOrange',
};

/** The default meaning of each colour in the current language ("Ý chính"/"Key point", …). */
export function defaultColourLabels(t: Translate): ColourLabels {
  return Object.fromEntries(COLOURS.map((c) => [c, t(DEFAULT_KEYS[c])])) as ColourLabels;
}

/** The user's names where set (and not blank), else the defaults. */
export function resolveColourLabels(setting: ColourLabelSetting | null | undefined, t: Translate): ColourLabels {
  const defaults = defaultColourLabels(t);
  return Object.fromEntries(COLOURS.map((c) => [c, setting?.[c]?.trim() || defaults[c]])) as ColourLabels;
}
