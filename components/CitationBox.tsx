/**
 * A clip's formatted reference (Vietnamese thesis style or APA), shown as selectable text with a
 * button that copies it, and a polite announcement of the result.
 */
import { useState } from 'preact/hooks';
import { useI18n } from '../utils/i18n';

export interface CitationBoxProps {
  id: string;
  /** The reference as text. */
  text: string;
  /** Puts text on the clipboard (navigator.clipboard.writeText in the pages, a fake in tests). */
  copy: (text: string) => Promise<void>;
  /** The section heading's level where it sits (h2 in the popup, h3 under a clip's title). Default 3. */
  headingLevel?: 2 | 3;
}

/** The reference with its Copy button. */
export function CitationBox(props: CitationBoxProps) {
  const { t } = useI18n();
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = () => {
    props.copy(props.text).then(
      () => setStatus('copied'),
      () => setStatus('failed'),
    );
  };
  const Heading = props.headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section class="pn-section pn-citation" aria-labelledby={`${props.id}-heading`}>
      <Heading id={`${props.id}-heading`} class="pn-section__title">
        {t('citationTitle')}
      </Heading>
      <p id={`${props.id}-text`} class="pn-citation__text">
        {props.text}
      </p>
      <button type="button" class="pn-button pn-button--small" aria-describedby={`${props.id}-text`} onClick={copy}>
        {t('citationCopy')}
      </button>
      <span class={status === 'failed' ? 'pn-error' : 'pn-small'} role="status">
        {status === 'copied' ? t('citationCopied') : status === 'failed' ? t('citationCopyFailed') : ''}
      </span>
    </section>
  );
}
