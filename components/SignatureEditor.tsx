/**
 * The signature field: authors, unit and source, edited as three inputs (authors separated by
 * commas) and saved as one correction of both `authors` and `signature`.
 */
import { useState } from 'preact/hooks';
import type { SignatureData } from '../utils/model';
import { useI18n } from '../utils/i18n';
import type { ConfidenceLevel } from './ConfidenceBadge';
import { FieldShell } from './FieldEditor';
import { authorsLabel, unitLabel, type RecordKind } from './record-labels';

export interface SignatureEditorProps {
  id: string;
  authors: readonly string[];
  signature: SignatureData | null;
  level: ConfidenceLevel;
  source?: string;
  /** The record the signature was read from (a document's, a question's), which names its rows. */
  record?: RecordKind | null;
  onSave: (value: { authors: string[]; signature: SignatureData | null }) => void;
  disabled?: boolean;
  /** Show where the value is on the page (the popup of a live tab). */
  onShow?: () => void;
}

/** Split the authors input on commas and semicolons; names are NFC and trimmed. */
export function parseAuthors(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The signature field editor. */
export function SignatureEditor(props: SignatureEditorProps) {
  const { t } = useI18n();
  const [authors, setAuthors] = useState('');
  const [unit, setUnit] = useState('');
  const [source, setSource] = useState('');
  const unitText = props.signature?.unit ?? '';
  const sourceText = props.signature?.source ?? '';
  const empty = props.authors.length === 0 && !unitText && !sourceText;
  // a document's record names its signer and issuing body; a question's record, the office that answered
  const authorsName = t(authorsLabel(props.record ?? null));
  const unitName = t(unitLabel(props.record ?? null));

  return (
    <FieldShell
      id={props.id}
      label={t('fieldSignature')}
      level={props.level}
      source={props.source}
      disabled={props.disabled}
      onShow={props.onShow}
      display={
        empty ? (
          <em class="pn-muted">{t('fieldNotFound')}</em>
        ) : (
          <dl class="pn-signature">
            {props.authors.length > 0 && (
              <>
                <dt>{authorsName}</dt>
                <dd>{props.authors.join(', ')}</dd>
              </>
            )}
            {unitText && (
              <>
                <dt>{unitName}</dt>
                <dd>{unitText}</dd>
              </>
            )}
            {sourceText && (
              <>
                <dt>{t('fieldSource')}</dt>
                <dd>{sourceText}</dd>
              </>
            )}
          </dl>
        )
      }
      onBeginEdit={() => {
        setAuthors(props.authors.join(', '));
        setUnit(unitText);
        setSource(sourceText);
      }}
      onSave={() => {
        const list = parseAuthors(authors);
        const u = unit.normalize('NFC').trim() || null;
        const s = source.normalize('NFC').trim() || null;
        const text = [list.join(', '), u, s].filter(Boolean).join('\n');
        props.onSave({ authors: list, signature: text ? { text, authors: list, unit: u, source: s } : null });
      }}
      editor={() => (
        <div class="pn-stack">
          <label>
            <span class="pn-small-label">{t('fieldAuthorsHint')}</span>
            <input class="pn-input" type="text" value={authors} onInput={(e) => setAuthors(e.currentTarget.value)} />
          </label>
          <label>
            <span class="pn-small-label">{unitName}</span>
            <input class="pn-input" type="text" value={unit} onInput={(e) => setUnit(e.currentTarget.value)} />
          </label>
          <label>
            <span class="pn-small-label">{t('fieldSource')}</span>
            <input class="pn-input" type="text" value={source} onInput={(e) => setSource(e.currentTarget.value)} />
          </label>
        </div>
      )}
    />
  );
}
