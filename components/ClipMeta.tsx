/** A clip's facts as a description list: a document's number, publication date (or issue date), site, authors (or signer), when it was saved, and tags if any. */
import { useI18n } from '../utils/i18n';
import { formatDate, formatTimestamp } from '../utils/format';
import { Fragment } from 'preact';
import type { ArticleField, Attachment, Provenance, RecordDetail } from '../utils/model';
import { AttachmentList } from './AttachmentList';
import { authorsLabel, dateLabel, recordKind } from './record-labels';

export interface ClipMetaProps {
  published: string | null;
  site: string;
  authors: readonly string[];
  /** A document's number and symbol (`245/QĐ-SNV`), listed first when there is one. */
  documentNumber?: string | null;
  /** The files the page offered, listed when there are any. */
  attachments?: readonly Attachment[];
  /** A record's other rows (type, effective date, status…), each under its own label, after the date. */
  recordDetails?: readonly RecordDetail[];
  savedAt: number;
  /** Listed when given and not empty. */
  tags?: readonly string[];
  /** Where the date and the signature were read (detection's provenance): a record names them in its own words. */
  provenance?: Partial<Record<ArticleField, Provenance>>;
}

/** The clip's metadata (`dl.pn-meta`). */
export function ClipMeta(props: ClipMetaProps) {
  const { t, locale } = useI18n();
  return (
    <dl class="pn-meta">
      {props.documentNumber && (
        <>
          <dt>{t('fieldDocumentNumber')}</dt>
          <dd>{props.documentNumber}</dd>
        </>
      )}
      <dt>{t(dateLabel(props.provenance))}</dt>
      <dd>{props.published ? formatDate(props.published, locale) : t('fieldNotFound')}</dd>
      {(props.recordDetails ?? []).map((d, i) => (
        <Fragment key={i}>
          <dt>{d.label}</dt>
          <dd>{d.value}</dd>
        </Fragment>
      ))}
      <dt>{t('fieldSite')}</dt>
      <dd>{props.site || t('fieldNotFound')}</dd>
      {props.authors.length > 0 && (
        <>
          <dt>{t(authorsLabel(recordKind(props.provenance)))}</dt>
          <dd>{props.authors.join(', ')}</dd>
        </>
      )}
      {props.attachments && props.attachments.length > 0 && (
        <>
          <dt>{t('fieldAttachments')}</dt>
          <dd>
            <AttachmentList files={props.attachments} />
          </dd>
        </>
      )}
      <dt>{t('librarySavedAt')}</dt>
      <dd>{formatTimestamp(props.savedAt, locale)}</dd>
      {props.tags && props.tags.length > 0 && (
        <>
          <dt>{t('popupTags')}</dt>
          <dd>{props.tags.join(', ')}</dd>
        </>
      )}
    </dl>
  );
}
