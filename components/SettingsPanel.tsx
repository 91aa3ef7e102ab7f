/**
 * The Library's settings: the UI language (follow the browser, or fixed) and the colour names.
 */
import { useI18n, type LocaleSetting } from '../utils/i18n';
import { ColourLabelsEditor } from './ColourLabelsEditor';
import type { ColourLabelSetting } from './colours';

export interface SettingsPanelProps {
  localeSetting: LocaleSetting;
  onLocaleSettingChange: (setting: LocaleSetting) => void;
  colourLabelSetting: ColourLabelSetting;
  onColourLabelsChange: (labels: ColourLabelSetting) => void;
}

/** The settings panel. */
export function SettingsPanel(props: SettingsPanelProps) {
  const { t } = useI18n();
  return (
    <div>
      <section class="pn-section" aria-labelledby="pn-language-title">
        <h2 id="pn-language-title" class="pn-section__title">
          {t('settingsLanguage')}
        </h2>
        <label>
          <span class="pn-small-label">{t('settingsLanguageLabel')}</span>
          <select class="pn-input" value={props.localeSetting} onChange={(e) => props.onLocaleSettingChange(e.currentTarget.value as LocaleSetting)}>
            <option value="auto">{t('settingsLanguageAuto')}</option>
            <option value="vi" lang="vi">
              Tiếng Việt
            </option>
            <option value="en" lang="en">
              English
            </option>
          </select>
        </label>
      </section>
      <ColourLabelsEditor value={props.colourLabelSetting} onSave={props.onColourLabelsChange} />
    </div>
  );
}
