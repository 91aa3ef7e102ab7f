/**
 * The popup: what was detected on the current tab (title, date, signature, site, each with how sure
 * detection is and editable), Clip/Unclip, tags, the page's highlights and orphans, export, and a
 * way to the Library. Props in, events out: the entrypoint feeds it from the background.
 */
import type { ArticleData, Clip, Corrections, PlacedHighlight, SignatureData, TextCandidate } from '../utils/model';
import { Fragment } from 'preact';
import { useI18n } from '../utils/i18n';
import { formatTimestamp } from '../utils/format';
import { confidenceLevel } from './ConfidenceBadge';
import { dateLabel, recordKind } from './record-labels';
import { AttachmentList } from './AttachmentList';
import { CitationBox } from './CitationBox';
import { ConfirmButton } from './ConfirmButton';
import { DateEditor } from './DateEditor';
import { ExportMenu, type ExportFormatOption } from './ExportMenu';
import { TextFieldEditor } from './FieldEditor';
import { PlacedHighlightLists } from './HighlightList';
import type { HighlightPatch } from './HighlightEditor';
import { SignatureEditor } from './SignatureEditor';
import { TagInput } from './TagInput';
import type { ColourLabels } from './colours';

export interface PopupViewProps {
  /** `loading` until the background answers; `error` shows `error` and a Retry button. */
  status: 'loading' | 'error' | 'ready';
  error?: string | null;
  onRetry?: () => void;
  /** What detection found on the tab; null when nothing could be read (e.g. a browser page). */
  article: ArticleData | null;
  /** The saved clip of this page, or null when not clipped. */
  clip: Clip | null;
  /** The page's highlights; `anchored: false` ones are listed as orphans. */
  highlights: readonly PlacedHighlight[];
  /** Every existing tag name (autocomplete). */
  allTags: readonly string[];
  colourLabels: ColourLabels;
  /** Export formats offered for this article. */
  exportFormats: readonly ExportFormatOption[];
  /** An action is in flight: actions are disabled. */
  busy?: boolean;
  /** A short result of the last action ("Saved"), announced to screen readers. */
  notice?: string | null;
  /** Clip the page (also "clip anyway" on a page that is not an article). */
  onClip: () => void;
  onUnclip: () => void;
  /**
   * Offered when the page now reads differently from the saved clip (the portal edited it, or detection reads
   * a number or files it did not before): take the page's detection as the clip's, corrections kept.
   */
  onRefresh?: () => void;
  /** A user correction of detected fields; it wins over detection from then on. */
  onCorrect: (patch: Corrections) => void;
  onTagsChange: (tags: string[]) => void;
  onJumpToHighlight: (id: string) => void;
  onUpdateHighlight: (id: string, patch: HighlightPatch) => void;
  onDeleteHighlight: (id: string) => void;
  onExport: (formatId: string) => void;
  onOpenLibrary: () => void;
  /** Scroll the tab to a detected field and mark it (a live tab only). */
  onShowField?: (field: 'title' | 'published' | 'signature') => void;
  /** The saved clip's formatted reference and how to copy it (no citation section without them). */
  citation?: { text: string; copy: (text: string) => Promise<void> } | null;
}

/** The values shown: the user's corrections, else the clip's, else detection's. */
/**
 * What the page offers for a text field besides its current value: the detected value first (so a
 * correction can be taken back), then the page's other candidates.
 */
export function withDetected(detected: string | undefined, source: string | undefined, others: readonly TextCandidate[] | undefined, current: string): TextCandidate[] {
  const out: TextCandidate[] = [];
  if (detected && detected !== current) out.push({ text: detected, source: source ?? 'page' });
  for (const c of others ?? []) if (c.text !== current && !out.some((o) => o.text === c.text)) out.push(c);
  return out;
}

export function effectiveFields(article: ArticleData | null, clip: Clip | null) {
  const c: Corrections = clip?.corrections ?? {};
  const base = clip ?? article;
  return {
    title: c.title ?? base?.title ?? '',
    published: c.published !== undefined ? c.published : (base?.published ?? null),
    authors: c.authors ?? base?.authors ?? [],
    signature: (c.signature !== undefined ? c.signature : base?.signature) ?? null,
    site: c.site ?? base?.site ?? '',
    documentNumber: (c.documentNumber !== undefined ? c.documentNumber : base?.documentNumber) ?? null,
    corrected: {
      title: c.title !== undefined,
      published: c.published !== undefined,
      signature: c.signature !== undefined || c.authors !== undefined,
      site: c.site !== undefined,
      documentNumber: c.documentNumber !== undefined,
    },
  };
}

function Header({ onOpenLibrary }: { onOpenLibrary: () => void }) {
  const { t } = useI18n();
  return (
    <header class="pn-popup__header">
      <h1 class="pn-popup__title">{t('extName')}</h1>
      <button type="button" class="pn-link" onClick={onOpenLibrary}>
        {t('popupOpenLibrary')}
      </button>
    </header>
  );
}

/** The popup view. */
export function PopupView(props: PopupViewProps) {
  const { t, locale } = useI18n();

  if (props.status === 'loading') {
    return (
      <div class="pn-popup" lang={locale} aria-busy="true">
        <Header onOpenLibrary={props.onOpenLibrary} />
        <p class="pn-status" role="status">
          {t('stateLoading')}
        </p>
      </div>
    );
  }
  if (props.status === 'error') {
    return (
      <div class="pn-popup" lang={locale}>
        <Header onOpenLibrary={props.onOpenLibrary} />
        <div class="pn-alert" role="alert">
          <p>{t('stateError')}</p>
          {props.error && <p class="pn-alert__detail">{props.error}</p>}
        </div>
        {props.onRetry && (
          <button type="button" class="pn-button" onClick={props.onRetry}>
            {t('actionRetry')}
          </button>
        )}
      </div>
    );
  }

  const { article, clip } = props;
  if (!article && !clip) {
    return (
      <div class="pn-popup" lang={locale}>
        <Header onOpenLibrary={props.onOpenLibrary} />
        <p class="pn-status" role="status">
          {t('popupNothingToRead')}
        </p>
      </div>
    );
  }

  const f = effectiveFields(article, clip);
  const provenance = clip?.detected.provenance ?? article?.provenance ?? {};
  const detected = clip?.detected ?? article;
  const candidates = detected?.dateCandidates ?? [];
  const files = detected?.attachments ?? [];
  const details = detected?.recordDetails ?? [];
  const notArticle = !clip && article !== null && !article.isArticle;
  const busy = props.busy ?? false;
  const sigProvenance = provenance.signature ?? provenance.authors;

  return (
    <div class="pn-popup" lang={locale}>
      <Header onOpenLibrary={props.onOpenLibrary} />
      <p class="pn-visually-hidden" role="status" aria-live="polite">
        {props.notice ?? ''}
      </p>
      {props.notice && (
        <p class="pn-notice" aria-hidden="true">
          {props.notice}
        </p>
      )}

      <section class="pn-clipbar" aria-label={t('popupClipStatus')}>
        {clip ? (
          <>
            <p class="pn-clipbar__state">{t('popupClippedOn', formatTimestamp(clip.savedAt, locale))}</p>
            <ConfirmButton label={t('popupUnclip')} question={t('popupUnclipQuestion')} onConfirm={props.onUnclip} disabled={busy} />
            {props.onRefresh && (
              <div class="pn-clipbar__refresh">
                <p class="pn-small">{t('popupPageChanged')}</p>
                <button type="button" class="pn-button pn-button--small" onClick={props.onRefresh} disabled={busy}>
                  {t('popupRefresh')}
                </button>
              </div>
            )}
          </>
        ) : notArticle ? (
          <>
            <p class="pn-clipbar__state">{t('popupNotArticle')}</p>
            <button type="button" class="pn-button pn-button--primary" onClick={props.onClip} disabled={busy}>
              {t('popupClipAnyway')}
            </button>
          </>
        ) : (
          <>
            <p class="pn-clipbar__state">{t('popupNotClipped')}</p>
            <button type="button" class="pn-button pn-button--primary" onClick={props.onClip} disabled={busy}>
              {t('popupClip')}
            </button>
          </>
        )}
      </section>

      <section class="pn-section" aria-labelledby="pn-detected-heading">
        <h2 id="pn-detected-heading" class="pn-section__title">
          {t('popupDetected')}
        </h2>
        <TextFieldEditor
          id="pn-title"
          label={t('fieldTitle')}
          value={f.title}
          multiline
          suggestions={withDetected(detected?.title, provenance.title?.source, detected?.titleCandidates, f.title)}
          suggestionsLabel={t('fieldOtherTitles')}
          level={confidenceLevel(provenance.title, f.corrected.title)}
          source={provenance.title?.source}
          disabled={busy}
          onShow={props.onShowField && f.title ? () => props.onShowField?.('title') : undefined}
          onSave={(title) => props.onCorrect({ title })}
        />
        {(f.documentNumber || f.corrected.documentNumber || recordKind(provenance) === 'document') && (
          <TextFieldEditor
            id="pn-number"
            label={t('fieldDocumentNumber')}
            value={f.documentNumber ?? ''}
            level={confidenceLevel(provenance.documentNumber, f.corrected.documentNumber)}
            source={provenance.documentNumber?.source}
            disabled={busy}
            clearable
            onSave={(value) => props.onCorrect({ documentNumber: value || null })}
          />
        )}
        <DateEditor
          id="pn-published"
          label={t(dateLabel(provenance))}
          value={f.published}
          candidates={candidates}
          level={confidenceLevel(provenance.published, f.corrected.published)}
          source={provenance.published?.source}
          disabled={busy}
          onShow={props.onShowField && f.published ? () => props.onShowField?.('published') : undefined}
          onSave={(published) => props.onCorrect({ published })}
        />
        <SignatureEditor
          id="pn-signature"
          authors={f.authors}
          signature={f.signature as SignatureData | null}
          level={confidenceLevel(sigProvenance, f.corrected.signature)}
          source={sigProvenance?.source}
          record={recordKind(provenance)}
          disabled={busy}
          onShow={props.onShowField && f.signature ? () => props.onShowField?.('signature') : undefined}
          onSave={({ authors, signature }) => props.onCorrect({ authors, signature })}
        />
        {details.length > 0 && (
          <div class="pn-field" id="pn-details-field">
            <span class="pn-field__label" id="pn-details-label">
              {t('fieldRecordDetails')}
            </span>
            <dl class="pn-details" aria-labelledby="pn-details-label">
              {details.map((d, i) => (
                <Fragment key={i}>
                  <dt>{d.label}</dt>
                  <dd>{d.value}</dd>
                </Fragment>
              ))}
            </dl>
          </div>
        )}
        {files.length > 0 && (
          <div class="pn-field" id="pn-attachments-field">
            <span class="pn-field__label" id="pn-attachments-label">
              {t('fieldAttachments')}
            </span>
            <AttachmentList files={files} />
          </div>
        )}
        <TextFieldEditor
          id="pn-site"
          label={t('fieldSite')}
          value={f.site}
          suggestions={withDetected(detected?.site, provenance.site?.source, detected?.siteCandidates, f.site)}
          suggestionsLabel={t('fieldOtherSites')}
          level={confidenceLevel(provenance.site, f.corrected.site)}
          source={provenance.site?.source}
          disabled={busy}
          onSave={(site) => props.onCorrect({ site })}
        />
      </section>

      {clip && (
        <section class="pn-section" aria-label={t('popupTags')}>
          <TagInput id="pn-clip-tags" label={t('popupTags')} tags={clip.tags} suggestions={props.allTags} onChange={props.onTagsChange} disabled={busy} />
        </section>
      )}

      <PlacedHighlightLists
        ids={{ placed: 'pn-highlights', orphans: 'pn-orphans' }}
        highlights={props.highlights}
        labels={{ heading: t('popupHighlights'), empty: t('popupNoHighlights'), orphans: t('popupOrphans'), orphansHelp: t('popupOrphansHint') }}
        colourLabels={props.colourLabels}
        tagSuggestions={props.allTags}
        onJump={props.onJumpToHighlight}
        onUpdate={props.onUpdateHighlight}
        onDelete={props.onDeleteHighlight}
      />

      {clip && (
        <section class="pn-section" aria-labelledby="pn-export-heading">
          <h2 id="pn-export-heading" class="pn-section__title">
            {t('popupExportArticle')}
          </h2>
          <ExportMenu id="pn-export" formats={props.exportFormats} onExport={props.onExport} disabled={busy} />
        </section>
      )}
      {clip && props.citation && <CitationBox id="pn-citation" headingLevel={2} text={props.citation.text} copy={props.citation.copy} />}
    </div>
  );
}
