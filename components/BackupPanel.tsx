/**
 * Backup and restore of the whole library: export a backup file; restore one with a progress bar,
 * then either the counts of records added / updated / skipped, or every validation error with its
 * record path and field so the user knows what is wrong with the file.
 */
import { useRef, useState } from 'preact/hooks';
import { useI18n } from '../utils/i18n';
import { formatNumber } from '../utils/format';

export interface RestoreProgress {
  done: number;
  total: number;
  phase: 'reading' | 'validating' | 'writing';
}

export interface RestoreCounts {
  added: number;
  updated: number;
  skipped: number;
}

/** One problem found in a backup file. */
export interface RestoreIssue {
  /** Where in the file, e.g. `clips[12]`. */
  path: string;
  /** The field at fault, e.g. `published`. */
  field: string;
  message: string;
}

export type RestoreReport = { ok: true; counts: RestoreCounts } | { ok: false; errors: RestoreIssue[] };

export interface BackupPanelProps {
  /** Make and save a backup file (the page downloads it). */
  onExportBackup: () => void | Promise<void>;
  /** Validate and restore a file, reporting progress; throws on an unexpected failure. */
  onRestore: (file: File, onProgress: (p: RestoreProgress) => void) => Promise<RestoreReport>;
}

type State =
  | { kind: 'idle' }
  | { kind: 'running'; progress: RestoreProgress | null }
  | { kind: 'done'; report: RestoreReport }
  | { kind: 'failed'; message: string };

const MAX_LISTED = 100;

/** The backup panel. */
export function BackupPanel(props: BackupPanelProps) {
  const { t, locale } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const n = (x: number) => formatNumber(x, locale);

  const doExport = async () => {
    setExporting(true);
    setExportError(null);
    try {
      await props.onExportBackup();
    } catch (err) {
      setExportError(err instanceof Error ? err.message : String(err));
    } finally {
      setExporting(false);
    }
  };
  const restore = async (e: Event) => {
    e.preventDefault();
    if (!file) return;
    setState({ kind: 'running', progress: null });
    try {
      const report = await props.onRestore(file, (progress) => setState({ kind: 'running', progress }));
      setState({ kind: 'done', report });
    } catch (err) {
      setState({ kind: 'failed', message: err instanceof Error ? err.message : String(err) });
    }
    resultRef.current?.focus();
  };
  const running = state.kind === 'running';
  const phaseKey = { reading: 'backupPhaseReading', validating: 'backupPhaseValidating', writing: 'backupPhaseWriting' } as const;

  return (
    <section class="pn-section" aria-labelledby="pn-backup-title">
      <h2 id="pn-backup-title" class="pn-section__title">
        {t('backupTitle')}
      </h2>
      <p class="pn-muted">{t('backupIntro')}</p>
      <div class="pn-actions">
        <button type="button" class="pn-button pn-button--primary" onClick={doExport} disabled={exporting}>
          {exporting ? t('backupExporting') : t('backupExport')}
        </button>
      </div>
      {exportError && (
        <p class="pn-alert" role="alert">
          {t('backupExportFailed')} {exportError}
        </p>
      )}

      <form class="pn-restore" onSubmit={restore}>
        <h3 class="pn-small-label">{t('backupRestoreTitle')}</h3>
        <label>
          <span class="pn-small-label">{t('backupChooseFile')}</span>
          <input
            class="pn-input"
            type="file"
            accept=".json,application/json"
            disabled={running}
            onChange={(e) => {
              setFile(e.currentTarget.files?.[0] ?? null);
              setState({ kind: 'idle' });
            }}
          />
        </label>
        <button type="submit" class="pn-button" disabled={!file || running}>
          {t('backupRestore')}
        </button>
      </form>

      <div ref={resultRef} tabIndex={-1} class="pn-restore__result" aria-live="polite">
        {state.kind === 'running' && (
          <div role="status">
            <label>
              <span>{state.progress ? t(phaseKey[state.progress.phase]) : t('backupPhaseReading')}</span>{' '}
              <progress max={state.progress?.total || undefined} value={state.progress?.done}>
                {state.progress ? `${n(state.progress.done)}/${n(state.progress.total)}` : ''}
              </progress>
            </label>
            {state.progress && <span class="pn-small"> {t('backupProgress', [n(state.progress.done), n(state.progress.total)])}</span>}
          </div>
        )}
        {state.kind === 'failed' && (
          <p class="pn-alert" role="alert">
            {t('backupRestoreFailed')} {state.message}
          </p>
        )}
        {state.kind === 'done' && state.report.ok && (
          <div class="pn-success">
            <p>{t('backupRestored')}</p>
            <ul>
              <li>{t('backupAdded', n(state.report.counts.added))}</li>
              <li>{t('backupUpdated', n(state.report.counts.updated))}</li>
              <li>{t('backupSkipped', n(state.report.counts.skipped))}</li>
            </ul>
          </div>
        )}
        {state.kind === 'done' && !state.report.ok && (
          <div class="pn-alert" role="alert">
            <p>{t('backupInvalid', n(state.report.errors.length))}</p>
            <ul class="pn-issues">
              {state.report.errors.slice(0, MAX_LISTED).map((issue, i) => (
                <li key={i}>
                  <code>{issue.path}</code> — <code>{issue.field}</code>: {issue.message}
                </li>
              ))}
            </ul>
            {state.report.errors.length > MAX_LISTED && <p>{t('backupMoreErrors', n(state.report.errors.length - MAX_LISTED))}</p>}
          </div>
        )}
      </div>
    </section>
  );
}
