/**
 * What the popup says when it has no article to show: the site is not enabled (enable it, or detect
 * once), the page has not reported yet (detect once), or the browser does not let extensions read it.
 */
import { useI18n } from '@/utils/i18n';

export interface SiteAccessPanelProps {
  kind: 'not-enabled' | 'not-detected' | 'unsupported';
  busy: boolean;
  /** The user declined the permission prompt. */
  denied: boolean;
  notice: string | null;
  onEnable: () => void;
  onDetectOnce: () => void;
  onOpenLibrary: () => void;
}

/** The panel (inside the popup's `main`). */
export function SiteAccessPanel(props: SiteAccessPanelProps) {
  const { t, locale } = useI18n();
  return (
    <div class="pn-popup" lang={locale} data-testid="no-page">
      <header class="pn-popup__header">
        <h1 class="pn-popup__title">{t('extName')}</h1>
        <button type="button" class="pn-link" onClick={props.onOpenLibrary}>
          {t('popupOpenLibrary')}
        </button>
      </header>
      {props.kind === 'unsupported' ? (
        <p class="pn-status" role="status">
          {t('siteUnsupported')}
        </p>
      ) : (
        <section class="pn-section">
          <p>{props.kind === 'not-enabled' ? t('siteNotEnabled') : t('siteNotDetected')}</p>
          {props.kind === 'not-enabled' && <p class="pn-muted">{t('siteNotEnabledHint')}</p>}
          <div class="pn-actions">
            {props.kind === 'not-enabled' && (
              <button type="button" class="pn-button pn-button--primary" onClick={props.onEnable} disabled={props.busy}>
                {t('siteEnable')}
              </button>
            )}
            <button type="button" class="pn-button" onClick={props.onDetectOnce} disabled={props.busy}>
              {t('siteDetectOnce')}
            </button>
          </div>
          {props.denied && (
            <p class="pn-error" role="alert">
              {t('siteDenied')}
            </p>
          )}
          <p class="pn-visually-hidden" role="status" aria-live="polite">
            {props.notice ?? ''}
          </p>
          {props.notice && (
            <p class="pn-notice" aria-hidden="true">
              {props.notice}
            </p>
          )}
        </section>
      )}
    </div>
  );
}
