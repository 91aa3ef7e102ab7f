/**
 * One clip in the Library: its metadata, highlights (editable) and the text of the snapshot taken
 * when it was clipped, rendered as text paragraphs so the page's markup can never run here.
 */
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../utils/i18n';
import { CitationBox } from './CitationBox';
import { ClipMeta } from './ClipMeta';
import { ConfirmButton } from './ConfirmButton';
import { ExportMenu, type ExportFormatOption } from './ExportMenu';
import { HighlightList } from './HighlightList';
import type { HighlightPatch } from './HighlightEditor';
import { Marked } from './Marked';
import { safeHref, type ClipSummary, type HighlightSummary } from './library-model';
import type { ColourLabels } from './colours';

export interface ClipDetailProps {
  clip: ClipSummary;
  highlights: readonly HighlightSummary[];
  /** The current search query, marked in the title. */
  query: string;
  colourLabels: ColourLabels;
  tagSuggestions: readonly string[];
  exportFormats: readonly ExportFormatOption[];
  /** The snapshot's text as paragraphs; null when the clip has no snapshot. */
  loadSnapshot: (clipId: string) => Promise<readonly string[] | null>;
  onExport: (formatId: string, clipIds: string[]) => void;
  onDelete: (clipIds: string[]) => void;
  onUpdateHighlight: (id: string, patch: HighlightPatch) => void;
  onDeleteHighlight: (id: string) => void;
  onClose: () => void;
  /** The clip's formatted reference and how to copy it; no citation section without them. */
  citation?: { text: string; copy: (text: string) => Promise<void> };
}

type SnapshotState = { kind: 'loading' } | { kind: 'none' } | { kind: 'error'; message: string } | { kind: 'text'; paragraphs: readonly string[] };

/** The detail panel. */
export function ClipDetail(props: ClipDetailProps) {
  const { t } = useI18n();
  const { clip } = props;
  const [snapshot, setSnapshot] = useState<SnapshotState>({ kind: 'loading' });
  const [showSnapshot, setShowSnapshot] = useState(false);

  useEffect(() => {
    if (!showSnapshot) return;
    let live = true;
    setSnapshot({ kind: 'loading' });
    props.loadSnapshot(clip.id).then(
      (paragraphs) => live && setSnapshot(paragraphs ? { kind: 'text', paragraphs } : { kind: 'none' }),
      (err: unknown) => live && setSnapshot({ kind: 'error', message: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      live = false;
    };
  }, [clip.id, showSnapshot]);
  useEffect(() => setShowSnapshot(false), [clip.id]);

  const href = safeHref(clip.url);
  return (
    <article class="pn-detail" aria-labelledby="pn-detail-title">
      <div class="pn-detail__bar">
        <button type="button" class="pn-button pn-button--small" onClick={props.onClose}>
          {t('actionClose')}
        </button>
      </div>
      <h2 id="pn-detail-title" class="pn-detail__title" tabIndex={-1}>
        <Marked text={clip.title || t('untitled')} query={props.query} />
      </h2>
      <ClipMeta published={clip.published} site={clip.site} authors={clip.authors} documentNumber={clip.documentNumber} attachments={clip.attachments} recordDetails={clip.recordDetails} savedAt={clip.savedAt} tags={clip.tags} provenance={clip.provenance} />
      <div class="pn-actions">
        <a class="pn-button" href={`reader.html?id=${encodeURIComponent(clip.id)}`} target="_blank" rel="noopener">
          {t('readerOpen')}
        </a>
        {href && (
          <a class="pn-button" href={href} target="_blank" rel="noopener noreferrer">
            {t('libraryOpenOriginal')}
          </a>
        )}
        <ConfirmButton label={t('libraryDeleteClip')} question={t('libraryDeleteClipQuestion')} onConfirm={() => props.onDelete([clip.id])} />
      </div>
      <ExportMenu id="pn-detail-export" formats={props.exportFormats} onExport={(f) => props.onExport(f, [clip.id])} />
      {props.citation && <CitationBox id="pn-detail-citation" text={props.citation.text} copy={props.citation.copy} />}
      <HighlightList
        id="pn-detail-highlights"
        heading={t('popupHighlights')}
        emptyText={t('libraryNoHighlights')}
        items={props.highlights}
        colourLabels={props.colourLabels}
        tagSuggestions={props.tagSuggestions}
        onUpdate={props.onUpdateHighlight}
        onDelete={props.onDeleteHighlight}
      />
      <section class="pn-section" aria-labelledby="pn-snapshot-heading">
        <h3 id="pn-snapshot-heading" class="pn-section__title">
          {t('librarySnapshot')}
        </h3>
        {!showSnapshot ? (
          <button type="button" class="pn-button" onClick={() => setShowSnapshot(true)}>
            {t('libraryShowSnapshot')}
          </button>
        ) : snapshot.kind === 'loading' ? (
          <p role="status">{t('stateLoading')}</p>
        ) : snapshot.kind === 'none' ? (
          <p class="pn-empty">{t('libraryNoSnapshot')}</p>
        ) : snapshot.kind === 'error' ? (
          <p class="pn-alert" role="alert">
            {t('stateError')} {snapshot.message}
          </p>
        ) : (
          <div class="pn-snapshot">
            {snapshot.paragraphs.map((p, i) => (
              <p key={i}>
                <Marked text={p} query={props.query} />
              </p>
            ))}
          </div>
        )}
      </section>
    </article>
  );
}
