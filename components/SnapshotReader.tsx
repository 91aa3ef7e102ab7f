/**
 * A clip's saved copy as a reader page: the article as it was when clipped, with the user's
 * highlights painted in it and listed beside it. The article body arrives through `mountBody`
 * (DOM built through the snapshot whitelist), so no page markup is ever parsed here.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { ArticleField, Attachment, PlacedHighlight, Provenance, RecordDetail } from '../utils/model';
import { useI18n } from '../utils/i18n';
import { formatTimestamp } from '../utils/format';
import { ClipMeta } from './ClipMeta';
import { PlacedHighlightLists } from './HighlightList';
import type { HighlightPatch } from './HighlightEditor';
import { safeHref } from './library-model';
import type { ColourLabels } from './colours';

export interface SnapshotReaderProps {
  clip: {
    title: string;
    url: string;
    site: string;
    published: string | null;
    authors: readonly string[];
    signature: { text: string } | null;
    documentNumber?: string | null;
    savedAt: number;
    /** What detection found, whose provenance says whether the clip is a document's or a question's record. */
    detected?: { provenance?: Partial<Record<ArticleField, Provenance>>; attachments?: readonly Attachment[]; recordDetails?: readonly RecordDetail[] };
  };
  /** When the snapshot was taken (epoch ms); null when the clip has no saved copy. */
  takenAt: number | null;
  /** Fills the article element with the saved copy; called once per clip. */
  mountBody: (host: HTMLElement) => void;
  /** Called after the body is mounted, to place and paint highlights. */
  onBodyMounted?: (host: HTMLElement) => void;
  highlights: readonly PlacedHighlight[];
  colourLabels: ColourLabels;
  tagSuggestions: readonly string[];
  onJump: (id: string) => void;
  onUpdate: (id: string, patch: HighlightPatch) => void;
  onDelete: (id: string) => void;
}

/** The reader page. */
export function SnapshotReader(props: SnapshotReaderProps) {
  const { t, locale } = useI18n();
  const bodyRef = useRef<HTMLDivElement>(null);
  const { clip } = props;

  useEffect(() => {
    const host = bodyRef.current;
    if (!host || props.takenAt === null) return;
    props.mountBody(host);
    props.onBodyMounted?.(host);
  }, [props.takenAt, props.mountBody]);

  const href = safeHref(clip.url);
  return (
    <div class="pn-reader" lang={locale}>
      <main class="pn-reader__main">
        <p class="pn-reader__notice" role="note">
          {props.takenAt === null ? t('readerNoSnapshot') : t('readerSavedCopy', [formatTimestamp(props.takenAt, locale)])}
          {href && (
            <>
              {' '}
              <a href={href} target="_blank" rel="noopener noreferrer">
                {t('libraryOpenOriginal')}
              </a>
            </>
          )}
        </p>
        <h1 class="pn-reader__title">{clip.title || t('untitled')}</h1>
        <ClipMeta published={clip.published} site={clip.site} authors={clip.authors} documentNumber={clip.documentNumber} attachments={clip.detected?.attachments} recordDetails={clip.detected?.recordDetails} savedAt={clip.savedAt} provenance={clip.detected?.provenance} />
        <article class="pn-reader__body" ref={bodyRef} aria-label={t('readerArticle')} />
        {clip.signature && <p class="pn-reader__signature">{clip.signature.text}</p>}
      </main>
      <aside class="pn-reader__side">
        <PlacedHighlightLists
          ids={{ placed: 'pn-reader-highlights', orphans: 'pn-reader-orphans' }}
          highlights={props.highlights}
          labels={{ heading: t('popupHighlights'), empty: t('libraryNoHighlights'), orphans: t('readerOrphans'), orphansHelp: t('readerOrphansHelp') }}
          colourLabels={props.colourLabels}
          tagSuggestions={props.tagSuggestions}
          onJump={props.onJump}
          onUpdate={props.onUpdate}
          onDelete={props.onDelete}
        />
      </aside>
    </div>
  );
}
