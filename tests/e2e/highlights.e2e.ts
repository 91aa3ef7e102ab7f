/**
 * Highlights that survive, in real Chromium: select text on a demo page, save it from the toolbar,
 * find it painted again after a reload, edit and delete it, and keep it as an orphan (with its note)
 * when the portal removes the text. Also the command path (context menu / keyboard), a page that
 * renders its article late, and a page that gained a paragraph before the highlighted text.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { currentWorker, tabIdOf } from '../../scripts/browsers';
import {
  type Chrome,
  dbHighlights as highlightsIn,
  openAndSettle as open,
  pageState as statusOf,
  paintedTexts,
  reloadAndSettle as reload,
  selectText,
  waitForState as waitFor,
} from './content-helpers';
import type { PageState } from '../../utils/messages';
import type { Highlight } from '../../utils/model';
import { loadFixture } from '../fixtures/pages/fixtures';
import { startHarness } from './harness';
import type { Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());
afterEach(() => h?.server.clearOverrides());

const pageState = (page: Page) => statusOf(h.chromium.context, page);
const waitForState = (page: Page, ok: (s: PageState) => boolean, timeout?: number) => waitFor(h.chromium.context, page, ok, timeout);
const dbHighlights = () => highlightsIn(h.chromium.context);
const openAndSettle = (path: string) => open(h.chromium.context, h.server.url + path);
const reloadAndSettle = (page: Page) => reload(h.chromium.context, page);

const SENTENCE = 'Năm 2019, toàn tỉnh có 1.284 tập thể và 3.560 cá nhân được các cấp khen thưởng';
const PARAGRAPH_START = '<p>Năm 2019, toàn tỉnh có 1.284 tập thể';

/** The centre of the painted range whose text is `text`, in viewport coordinates (scrolled into view). */
async function paintedCentre(page: Page, text: string): Promise<{ x: number; y: number }> {
  return page.evaluate((t: string) => {
    for (const [, h] of CSS.highlights as unknown as Map<string, Iterable<Range>>) {
      for (const r of h) {
        if (r.toString() !== t) continue;
        (r.startContainer.parentElement as Element).scrollIntoView({ block: 'center' });
        const box = r.getClientRects()[0];
        return { x: box.left + Math.min(40, box.width / 2), y: box.top + box.height / 2 };
      }
    }
    throw new Error(`not painted: ${t}`);
  }, text);
}

const toolbar = (page: Page) => page.locator('portal-notes-ui .pnt-toolbar');
const editor = (page: Page) => page.locator('portal-notes-ui form.pn-highlight-editor');
const colourButton = (page: Page, index: number) => page.locator('portal-notes-ui button.pnt-colour').nth(index);

/** The SharePoint demo page with one edit to its HTML (served in place of the file). */
function editedSharepoint(edit: (html: string) => string): string {
  const html = loadFixture('sharepoint-snv').html;
  const out = edit(html);
  if (out === html) throw new Error('the edit changed nothing');
  return out;
}

describe('highlights on a demo page', () => {
  let page: Page;
  let id: string;

  it('shows the toolbar for a selection; a colour saves and paints the highlight', async () => {
    page = await openAndSettle('sharepoint-snv.html?case=toolbar');
    await selectText(page, SENTENCE);
    await toolbar(page).waitFor({ timeout: 5000 });
    // Beside the selection, never over it.
    const selection = await page.evaluate(() => {
      const r = getSelection()!.getRangeAt(0).getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    });
    const box = (await toolbar(page).boundingBox())!;
    const overlap = box.x < selection.x + selection.width && selection.x < box.x + box.width && box.y < selection.y + selection.height && selection.y < box.y + box.height;
    expect(overlap).toBe(false);
    await colourButton(page, 0).click();
    await expect.poll(() => paintedTexts(page), { timeout: 5000 }).toEqual([SENTENCE]);
    const state = await waitForState(page, (s) => (s.anchoring?.placed.length ?? 0) === 1);
    id = state.anchoring!.placed[0];
    const saved = (await dbHighlights()).find((x) => x.id === id);
    expect(saved?.quote).toBe(SENTENCE);
    expect(saved?.colour).toBe('yellow');
  });

  it('paints the same text again after a reload', async () => {
    await reloadAndSettle(page);
    expect(await paintedTexts(page)).toEqual([SENTENCE]);
    expect((await pageState(page))?.anchoring).toEqual({ placed: [id], orphans: [] });
  });

  it('opens the editor on a click on the painted highlight and saves the note', async () => {
    const { x, y } = await paintedCentre(page, SENTENCE);
    await page.mouse.click(x, y);
    await editor(page).waitFor({ timeout: 5000 });
    await editor(page).locator('textarea').fill('Số liệu cần đối chiếu với báo cáo tổng kết');
    await editor(page).locator('button[type="submit"]').click();
    await editor(page).waitFor({ state: 'detached', timeout: 5000 });
    await expect
      .poll(async () => (await dbHighlights()).find((x) => x.id === id)?.note, { timeout: 5000 })
      .toBe('Số liệu cần đối chiếu với báo cáo tổng kết');
  });

  /** Click the painted sentence, Delete in its editor, confirm: unpainted. */
  async function deleteFromEditor(): Promise<void> {
    const { x, y } = await paintedCentre(page, SENTENCE);
    await page.mouse.click(x, y);
    await editor(page).waitFor({ timeout: 5000 });
    // The editor asks once before deleting: Delete, then confirm.
    await editor(page).locator('.pn-actions > button.pn-button--danger').click();
    await editor(page).locator('.pn-confirm button.pn-button--danger').click();
    await expect.poll(() => paintedTexts(page), { timeout: 5000 }).toEqual([]);
  }

  it('undoes a deletion from the editor: the highlight and its note come back', async () => {
    await deleteFromEditor();
    const undo = page.locator('portal-notes-ui [data-kind="deleted"] button');
    await undo.waitFor({ timeout: 5000 });
    await expect.poll(async () => (await dbHighlights()).some((x) => x.id === id), { timeout: 5000 }).toBe(false);
    await undo.click();
    await expect.poll(() => paintedTexts(page), { timeout: 5000 }).toEqual([SENTENCE]);
    const back = (await dbHighlights()).find((x) => x.id === id);
    expect(back?.note).toBe('Số liệu cần đối chiếu với báo cáo tổng kết');
    await undo.waitFor({ state: 'detached', timeout: 5000 });
  });

  it('deletes from the editor: unpainted now and gone after a reload', async () => {
    await deleteFromEditor();
    await expect.poll(async () => (await dbHighlights()).some((x) => x.id === id), { timeout: 5000 }).toBe(false);
    await reloadAndSettle(page);
    expect(await paintedTexts(page)).toEqual([]);
    await page.close();
  });
});

describe('highlights that lose or move their text', () => {
  it('lists a highlight whose paragraph the portal removed as an orphan, with its note kept', async () => {
    const path = 'sharepoint-snv.html?case=orphan';
    const page = await openAndSettle(path);
    await selectText(page, SENTENCE);
    await colourButton(page, 2).click();
    await expect.poll(() => paintedTexts(page, 'blue'), { timeout: 5000 }).toEqual([SENTENCE]);
    const id = (await waitForState(page, (s) => (s.anchoring?.placed.length ?? 0) === 1)).anchoring!.placed[0];
    const { x, y } = await paintedCentre(page, SENTENCE);
    await page.mouse.click(x, y);
    await editor(page).locator('textarea').fill('Đoạn này có thể bị sửa');
    await editor(page).locator('button[type="submit"]').click();
    await expect.poll(async () => (await dbHighlights()).find((x) => x.id === id)?.note, { timeout: 5000 }).toBe('Đoạn này có thể bị sửa');

    h.server.override(
      '/sharepoint-snv.html',
      editedSharepoint((html) => html.replace(/<p>Năm 2019, toàn tỉnh[^]*?<\/p>/, '')),
    );
    const before = (await pageState(page))!.reportedAt;
    await page.reload({ waitUntil: 'load' });
    // The orphan is final once the re-anchor loop settles (a second report after its bounded wait).
    const state = await waitForState(page, (s) => s.reportedAt > before && s.anchoring !== null && s.anchoring.orphans.includes(id), 20000);
    expect(state.anchoring!.placed).toEqual([]);
    expect(await paintedTexts(page, 'blue')).toEqual([]);
    const kept = (await dbHighlights()).find((x) => x.id === id);
    expect(kept?.note).toBe('Đoạn này có thể bị sửa');
    expect(kept?.quote).toBe(SENTENCE);
    await page.close();
  });

  it('still paints the right text after a new paragraph was inserted before it', async () => {
    const page = await openAndSettle('sharepoint-snv.html?case=inserted');
    await selectText(page, SENTENCE);
    await colourButton(page, 1).click();
    await expect.poll(() => paintedTexts(page, 'green'), { timeout: 5000 }).toEqual([SENTENCE]);
    h.server.override(
      '/sharepoint-snv.html',
      editedSharepoint((html) =>
        html.replace(PARAGRAPH_START, '<p>Thông báo: nội dung bài được cập nhật bổ sung số liệu năm 2019 theo báo cáo của các huyện.</p>\n' + PARAGRAPH_START),
      ),
    );
    await reloadAndSettle(page);
    expect(await paintedTexts(page, 'green')).toEqual([SENTENCE]);
    expect((await pageState(page))?.anchoring?.orphans).toEqual([]);
    await page.close();
  });

  it('paints a highlight on a page whose article is rendered by a script a second later', async () => {
    const article = loadFixture('sharepoint-snv').html.match(/<p>Chiều ngày 17\/7\/2020[^]*?<\/p>\s*<p>Hội nghị được[^]*?<\/p>\s*<p>Dự và chỉ đạo[^]*?<\/p>\s*<p>Phát biểu khai mạc[^]*?<\/p>\s*<p>Năm 2019[^]*?<\/p>/)![0];
    const shell = (body: string, script = '') =>
      `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Tập huấn nghiệp vụ thi đua</title></head>` +
      `<body><header><p>Sở Nội vụ tỉnh Sông Mây</p></header><main id="content">${body}</main>${script}</body></html>`;
    h.server.override('/late-render.html', shell(`<article><h1>Tập huấn nghiệp vụ thi đua</h1>${article}</article>`));
    const page = await openAndSettle('late-render.html');
    await selectText(page, SENTENCE);
    await colourButton(page, 3).click();
    await expect.poll(() => paintedTexts(page, 'pink'), { timeout: 5000 }).toEqual([SENTENCE]);

    // The same article, now written into the page by a script after a second (a portlet, a client template).
    const late = `<script>setTimeout(() => { document.getElementById('content').insertAdjacentHTML('beforeend', ${JSON.stringify(
      `<article><h1>Tập huấn nghiệp vụ thi đua</h1>${article}</article>`,
    )}); }, 1000);</script>`;
    h.server.override('/late-render.html', shell('', late));
    await page.reload({ waitUntil: 'load' });
    expect(await paintedTexts(page, 'pink')).toEqual([]);
    await expect.poll(() => paintedTexts(page, 'pink'), { timeout: 8000 }).toEqual([SENTENCE]);
    const state = await waitForState(page, (s) => (s.anchoring?.placed.length ?? 0) === 1);
    expect(state.anchoring!.orphans).toEqual([]);
    await page.close();
  });
});

describe('the command path (context menu and keyboard command)', () => {
  it('highlights the selection through content:highlight-selection, sent to the tab like the background does', async () => {
    const page = await openAndSettle('sharepoint-snv.html?case=command');
    const tabId = await tabIdOf(h.chromium.context, page.url());
    const send = async () => {
      const worker = await currentWorker(h.chromium.context);
      return worker.evaluate(
        ([tab]: [number]) => (globalThis as unknown as Chrome).chrome.tabs.sendMessage(tab, { type: 'content:highlight-selection', payload: {} }),
        [tabId] as [number],
      ) as Promise<{ ok: boolean; value: Highlight | null }>;
    };
    expect(await send()).toEqual({ ok: true, value: null });

    await selectText(page, SENTENCE);
    const reply = await send();
    expect(reply.ok).toBe(true);
    expect(reply.value?.quote).toBe(SENTENCE);
    expect(reply.value?.colour).toBe('yellow');
    expect(await paintedTexts(page)).toEqual([SENTENCE]);
    expect((await dbHighlights()).some((x) => x.id === reply.value!.id)).toBe(true);
    // The new highlight's toolbar takes the keyboard focus: Escape closes it.
    await toolbar(page).waitFor({ timeout: 5000 });
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('portal-notes-ui');
    await page.keyboard.press('Escape');
    await toolbar(page).waitFor({ state: 'detached', timeout: 5000 });
    await page.close();
  });
});

describe('messages from the popup and library', () => {
  it('content:scroll-to brings a highlight into view; content:refresh unpaints one deleted elsewhere', async () => {
    const page = await openAndSettle('sharepoint-snv.html?case=popup');
    const last = 'Lớp tập huấn đã cung cấp thêm kiến thức và kỹ năng';
    await selectText(page, last);
    await colourButton(page, 0).click();
    await expect.poll(() => paintedTexts(page), { timeout: 5000 }).toEqual([last]);
    const id = (await waitForState(page, (s) => s.anchoring?.placed.length === 1)).anchoring!.placed[0];
    await page.evaluate(() => window.scrollTo(0, 0));
    const tabId = await tabIdOf(h.chromium.context, page.url());
    const send = async (type: string, payload: object) => {
      const worker = await currentWorker(h.chromium.context);
      return worker.evaluate(
        ([tab, message]: [number, unknown]) => (globalThis as unknown as Chrome).chrome.tabs.sendMessage(tab, message),
        [tabId, { type, payload }] as [number, unknown],
      ) as Promise<{ ok: boolean; value: unknown }>;
    };
    expect(await send('content:scroll-to', { id })).toEqual({ ok: true, value: true });
    const visible = await page.evaluate((t: string) => {
      for (const r of CSS.highlights.get('portal-notes-yellow') as unknown as Iterable<Range>) {
        if (r.toString() !== t) continue;
        const box = r.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= innerHeight;
      }
      return false;
    }, last);
    expect(visible).toBe(true);
    expect(await page.evaluate(() => (CSS.highlights.get('portal-notes-focus') as unknown as Set<Range> | undefined)?.size)).toBe(1);
    expect(await send('content:scroll-to', { id: '01HZNOTONTHISPAGE000000000' })).toEqual({ ok: true, value: false });

    // The library deletes it (it uses the database directly), then tells the tab.
    const worker = await currentWorker(h.chromium.context);
    await worker.evaluate(
      (hid: string) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('portal-notes');
          open.onsuccess = () => {
            const tx = open.result.transaction('highlights', 'readwrite');
            tx.objectStore('highlights').delete(hid);
            tx.oncomplete = () => (open.result.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
        }),
      id,
    );
    expect(await send('content:refresh', {})).toMatchObject({ ok: true });
    expect(await paintedTexts(page)).toEqual([]);
    await waitForState(page, (s) => s.anchoring?.placed.length === 0 && s.anchoring.orphans.length === 0);
    await page.close();
  });
});

describe('injected again into a page where it runs', () => {
  it('takes over: one toolbar, one stylesheet, the highlights repainted, one save per click', async () => {
    const page = await openAndSettle('sharepoint-snv.html?case=inject');
    await selectText(page, SENTENCE);
    await colourButton(page, 4).click();
    await expect.poll(() => paintedTexts(page, 'orange'), { timeout: 5000 }).toEqual([SENTENCE]);
    const before = (await pageState(page))!.reportedAt;
    const tabId = await tabIdOf(h.chromium.context, page.url());
    const worker = await currentWorker(h.chromium.context);
    await worker.evaluate(async (tab: number) => {
      const g = globalThis as unknown as { chrome: { scripting: { executeScript(o: object): Promise<unknown> } } };
      await g.chrome.scripting.executeScript({ target: { tabId: tab }, files: ['/content-scripts/content.js'] });
    }, tabId);
    await waitForState(page, (s) => s.reportedAt > before && s.anchoring?.placed.length === 1);
    expect(await paintedTexts(page, 'orange')).toEqual([SENTENCE]);
    expect(await page.evaluate(() => document.querySelectorAll('style[data-portal-notes-ui]').length)).toBe(1);

    const count = (await dbHighlights()).length;
    await selectText(page, 'Bên cạnh kết quả đạt được');
    await toolbar(page).waitFor({ timeout: 5000 });
    expect(await page.locator('portal-notes-ui').count()).toBe(1);
    await colourButton(page, 1).click();
    await expect.poll(() => paintedTexts(page, 'green'), { timeout: 5000 }).toEqual(['Bên cạnh kết quả đạt được']);
    expect((await dbHighlights()).length).toBe(count + 1);
    await page.close();
  });
});
