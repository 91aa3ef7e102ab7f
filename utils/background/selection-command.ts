/**
 * "Highlight the selection" from the context menu or the keyboard command: both land here and go
 * to the same content-script handler as the toolbar. On a site where the content script is not
 * running yet, the user's gesture grants activeTab, so it is injected first.
 */
import type { Highlight } from '../model';
import { ProtocolError, sendToTab } from '../messages';

export async function highlightSelectionInTab(
  tabId: number,
  injectOnce: (tabId: number) => Promise<void>,
): Promise<Highlight | null> {
  try {
    return await sendToTab(tabId, 'content:highlight-selection', {});
  } catch (err) {
    if (!(err instanceof ProtocolError) || err.code !== 'no-receiver') {
      // "Receiving end does not exist" arrives as a plain Error from the browser.
      if (!(err instanceof Error) || !/receiving end|could not establish/i.test(err.message)) throw err;
    }
    await injectOnce(tabId);
    return sendToTab(tabId, 'content:highlight-selection', {});
  }
}
