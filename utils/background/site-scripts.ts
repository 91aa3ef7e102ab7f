/**
 * Keeps the dynamically registered content scripts equal to the sites the user has granted, and
 * injects the content script into a tab on request (a newly enabled site, or "detect on this page
 * once" under activeTab).
 */
import { browser } from 'wxt/browser';
import { registrationId, userOrigins } from '../site-access';

const CONTENT_SCRIPT = '/content-scripts/content.js' as const;

function manifestHosts(): string[] {
  const m = browser.runtime.getManifest() as { host_permissions?: string[]; permissions?: string[] };
  return [...(m.host_permissions ?? []), ...(m.permissions ?? [])];
}

/** Register the content script for every user-granted site and unregister the ones withdrawn. */
export async function syncSiteScripts(): Promise<string[]> {
  const granted = (await browser.permissions.getAll()).origins ?? [];
  const wanted = userOrigins(granted, manifestHosts());
  const registered = (await browser.scripting.getRegisteredContentScripts()).filter((s) => s.id.startsWith('site:'));
  const wantedIds = new Set(wanted.map(registrationId));
  const stale = registered.filter((s) => !wantedIds.has(s.id)).map((s) => s.id);
  if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale });
  const have = new Set(registered.map((s) => s.id));
  const missing = wanted.filter((o) => !have.has(registrationId(o)));
  if (missing.length) {
    await browser.scripting.registerContentScripts(
      missing.map((o) => ({ id: registrationId(o), matches: [o], js: [CONTENT_SCRIPT], runAt: 'document_idle' as const })),
    );
  }
  return wanted;
}

/** Run the content script in one tab now (it guards itself against running twice). */
export async function injectContentScript(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
}
