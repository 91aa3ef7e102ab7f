/**
 * The user's names for the five highlight colours ("Ý chính", "Trích dẫn", …). A blank name means
 * "use the default meaning" in the current language.
 */
import { useEffect, useState } from 'preact/hooks';
import { COLOURS } from '../utils/model';
import { useI18n } from '../utils/i18n';
import { Swatch } from './ColourPicker';
import { defaultColourLabels, type ColourLabelSetting } from './colours';

export interface ColourLabelsEditorProps {
  /** The user's names (colours without one use the default). */
  value: ColourLabelSetting;
  onSave: (labels: ColourLabelSetting) => void;
}

/** The colour-names form. */
export function ColourLabelsEditor(props: ColourLabelsEditorProps) {
  const { t } = useI18n();
  const defaults = defaultColourLabels(t);
  const [draft, setDraft] = useState<ColourLabelSetting>(props.value);
  useEffect(() => setDraft(props.value), [props.value]);
  return (
    <form
      class="pn-section"
      aria-labelledby="pn-colour-labels-title"
      onSubmit={(e) => {
        e.preventDefault();
        const out: ColourLabelSetting = {};
        for (const c of COLOURS) {
          const v = draft[c]?.normalize('NFC').trim();
          if (v) out[c] = v;
        }
        props.onSave(out);
      }}
    >
      <h2 id="pn-colour-labels-title" class="pn-section__title">
        {t('colourLabelsTitle')}
      </h2>
      <p class="pn-muted">{t('colourLabelsHint')}</p>
      {COLOURS.map((c) => (
        <label class="pn-colour-label" key={c}>
          <Swatch colour={c} />
          <span class="pn-visually-hidden">{t('colourLabelFor', defaults[c])}</span>
          <input
            class="pn-input"
            type="text"
            value={draft[c] ?? ''}
            placeholder={defaults[c]}
            onInput={(e) => setDraft({ ...draft, [c]: e.currentTarget.value })}
          />
        </label>
      ))}
      <div class="pn-actions">
        <button type="submit" class="pn-button pn-button--primary">
          {t('actionSave')}
        </button>
        <button type="button" class="pn-button" onClick={() => setDraft({})}>
          {t('colourLabelsReset')}
        </button>
      </div>
    </form>
  );
}
