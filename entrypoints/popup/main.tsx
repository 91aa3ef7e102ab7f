import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendToBackground } from '@/utils/messages';
import type { PageState } from '@/utils/messages';

/**
 * The popup normally serves the active tab. Opened as a page of its own (tests, the headless demo), it
 * takes the tab from `?tabId=N` or the first tab showing `?url=…`.
 */
async function targetTabId(): Promise<number | null> {
  const params = new URLSearchParams(location.search);
  const fromId = params.get('tabId');
  if (fromId) return Number(fromId);
  const fromUrl = params.get('url');
  if (fromUrl) {
    const tabs = await browser.tabs.query({});
    return tabs.find((t) => t.url === fromUrl)?.id ?? null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

function Popup() {
  const [state, setState] = useState<PageState | null | 'loading'>('loading');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    targetTabId()
      .then((id) => (id === null ? null : sendToBackground('page:get', { tabId: id })))
      .then(setState, (e: unknown) => setError(String(e)));
  }, []);
  if (error) return <p role="alert">{error}</p>;
  if (state === 'loading') return <p>…</p>;
  if (!state) return <p data-testid="no-page">Trang này chưa được nhận diện. / Nothing detected on this page.</p>;
  return (
    <main>
      <h1 data-testid="title">{state.title}</h1>
      <p data-testid="url">{state.url}</p>
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
