/**
 * Pick an export format and export: a labelled select plus a button, which every keyboard and
 * screen reader handles without a custom menu widget.
 */
import { useState } from 'preact/hooks';
import { useI18n } from '../utils/i18n';

/** One export format, as the export registry lists it. */
export interface ExportFormatOption {
  id: string;
  label: string;
}

export interface ExportMenuProps {
  id: string;
  formats: readonly ExportFormatOption[];
  onExport: (formatId: string) => void;
  /** Button text (default "Export"). */
  buttonLabel?: string;
  disabled?: boolean;
}

/** The export control. */
export function ExportMenu(props: ExportMenuProps) {
  const { t } = useI18n();
  const [format, setFormat] = useState(props.formats[0]?.id ?? '');
  const selected = props.formats.some((f) => f.id === format) ? format : (props.formats[0]?.id ?? '');
  return (
    <div class="pn-export">
      <label class="pn-small-label" for={`${props.id}-format`}>
        {t('exportFormat')}
      </label>
      <select id={`${props.id}-format`} class="pn-input" value={selected} onChange={(e) => setFormat(e.currentTarget.value)} disabled={props.disabled || props.formats.length === 0}>
        {props.formats.map((f) => (
          <option key={f.id} value={f.id}>
            {f.label}
          </option>
        ))}
      </select>
      <button
        type="button"
        class="pn-button pn-button--primary"
        disabled={props.disabled || !selected}
        onClick={() => props.onExport(selected)}
      >
        {props.buttonLabel ?? t('exportAction')}
      </button>
    </div>
  );
}
