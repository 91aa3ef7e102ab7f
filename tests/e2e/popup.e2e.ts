/**
 * The popup in real Chromium on the demo site: detected fields, clip, correct the date, tags with
 * autocomplete, persistence across reopening, export (CSV and .docx read back), unclip, a page that
 * is not an article, and a site the extension is not enabled on.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, currentWorker } from '../../scripts/browsers';
import { loadFixture } from '../fixtures/pages/fixtures';
import { highlightPhrase } from './content-helpers';
import { captureDownload, startPagesHarness, waitForArticle, type PagesHarness } from './pages-harness';

let h: PagesHarness;
let article: Page;
let popup: Page;
const expected = loadFixture('sharepoint-snv').expected;
const QUOTE = 'tổ chức Hội nghị tập huấn nghiệp vụ công tác thi đua';

beforeAll(async () => {
  h = await startPagesHarness({ locale: 'vi-VN' });
});
afterAll(async () => h?.close());

const field = (p: Page, name: string) => p.locator(`#pn-${name}-field`);

describe('popup on a portal article', () => {
  it('shows the detected title, date and signature', async () => {
    article = await h.openDemo('sharepoint-snv.html');
    popup = await h.openPopup(article);
    await waitForArticle(popup);
    expect(await popup.getByTestId('title').textContent()).toBe(expected.title);
    expect(await field(popup, 'published').locator('.pn-field__text').textContent()).toBe('24/07/2020');
    const signature = (await field(popup, 'signature').textContent()) ?? '';
    for (const author of expected.authors as string[]) expect(signature).toContain(author);
    expect(await popup.getByRole('button', { name: 'Lưu bài viết' }).isVisible()).toBe(true);
  });

  it('shows the detected signature on the page when asked', async () => {
    await popup.getByRole('button', { name: 'Xem trên trang: Chữ ký bài viết' }).click();
    await expect
      .poll(
        () =>
          article.evaluate(() => {
            const h = CSS.highlights.get('portal-notes-detected');
            return h ? [...(h as unknown as Iterable<Range>)].map((r) => r.toString()).join('\n') : '';
          }),
        { timeout: 5000 },
      )
      .toContain(expected.signature!.authors[0]);
  });

  it('clips the article', async () => {
    await popup.getByRole('button', { name: 'Lưu bài viết' }).click();
    await popup.getByRole('button', { name: 'Bỏ lưu' }).waitFor();
    expect(await popup.locator('.pn-clipbar__state').textContent()).toMatch(/^Đã lưu lúc/);
  });

  it('corrects the publication date by typing another one', async () => {
    await field(popup, 'published').getByRole('button', { name: 'Sửa: Ngày đăng' }).click();
    await field(popup, 'published').getByLabel('Ngày khác').check();
    // typed day first, as the portal prints it, whatever the browser's own date order
    await field(popup, 'published').getByLabel('Ngày', { exact: true }).fill('20/7/2020');
    await field(popup, 'published').getByRole('button', { name: 'Lưu', exact: true }).click();
    await popup.waitForFunction(() => document.querySelector('#pn-published-field .pn-field__text')?.textContent === '20/07/2020');
    expect(await field(popup, 'published').textContent()).toContain('Bạn đã sửa');
  });

  it('adds tags, and suggests an existing tag typed without diacritics on another article', async () => {
    const input = popup.getByRole('combobox', { name: 'Thẻ' });
    await input.fill('thi đua');
    await input.press('Enter');
    await popup.locator('.pn-chip', { hasText: 'thi đua' }).waitFor();
    await popup.getByRole('combobox', { name: 'Thẻ' }).fill('khen thưởng');
    await popup.getByRole('combobox', { name: 'Thẻ' }).press('Enter');
    await popup.locator('.pn-chip', { hasText: 'khen thưởng' }).waitFor();

    const other = await h.openDemo('liferay-province.html');
    const otherPopup = await h.openPopup(other);
    await waitForArticle(otherPopup);
    await otherPopup.getByRole('button', { name: 'Lưu bài viết' }).click();
    await otherPopup.getByRole('button', { name: 'Bỏ lưu' }).waitFor();
    const tags = otherPopup.getByRole('combobox', { name: 'Thẻ' });
    await tags.pressSequentially('thi d');
    await otherPopup.getByRole('option', { name: 'thi đua' }).waitFor();
    await tags.press('ArrowDown');
    await tags.press('Enter');
    await otherPopup.locator('.pn-chip', { hasText: 'thi đua' }).waitFor();
    await otherPopup.close();
  });

  it('keeps the correction and tags after closing and reopening the popup', async () => {
    await popup.close();
    popup = await h.openPopup(article);
    await waitForArticle(popup);
    expect(await field(popup, 'published').locator('.pn-field__text').textContent()).toBe('20/07/2020');
    expect(await popup.locator('.pn-chip').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('thi đua'), expect.stringContaining('khen thưởng')]));
  });

  it('shows the clip\'s citation with the corrected date, and copies it', async () => {
    const citation = popup.locator('#pn-citation-text');
    await citation.waitFor();
    const text = (await citation.textContent()) ?? '';
    expect(text).toContain(`“${expected.title}”`);
    expect(text).toContain('ngày 20/07/2020');
    expect(text).toMatch(/truy cập ngày \d{2}\/\d{2}\/\d{4}\.$/);
    await popup.getByRole('button', { name: 'Sao chép trích dẫn' }).click();
    await popup.locator('.pn-citation [role=status]', { hasText: 'Đã sao chép trích dẫn.' }).waitFor();
    // paste it back, as a user would into a document
    await popup.evaluate(() => document.body.append(Object.assign(document.createElement('textarea'), { id: 'paste-here' })));
    await popup.locator('#paste-here').focus();
    await popup.keyboard.press('Control+V');
    expect(await popup.locator('#paste-here').inputValue()).toBe(text);
    await popup.evaluate(() => document.getElementById('paste-here')?.remove());
  });

  it('takes the title as the browser tab shows it, then puts the detected one back', async () => {
    const title = field(popup, 'title');
    await title.getByRole('button', { name: 'Sửa: Tiêu đề' }).click();
    const others = title.getByRole('group', { name: 'Các tiêu đề khác trên trang' });
    await others.getByRole('button', { name: /Sở Nội vụ tỉnh Sông Mây\s*tiêu đề trên thẻ trình duyệt/ }).click();
    await title.getByRole('button', { name: 'Lưu', exact: true }).click();
    await popup.getByTestId('title').filter({ hasText: `${expected.title} - Sở Nội vụ tỉnh Sông Mây` }).waitFor();
    expect(await title.textContent()).toContain('Bạn đã sửa');

    await title.getByRole('button', { name: 'Sửa: Tiêu đề' }).click();
    await title.getByRole('group', { name: 'Các tiêu đề khác trên trang' }).getByRole('button', { name: new RegExp(`^${expected.title}`) }).click();
    await title.getByRole('button', { name: 'Lưu', exact: true }).click();
    await popup.waitForFunction((t) => document.querySelector('[data-testid="title"]')?.textContent === t, expected.title);
  });

  it('lists a highlight made on the page', async () => {
    expect(await highlightPhrase(h.chromium.context, article, QUOTE, 'pink')).toMatchObject({ ok: true });
    await popup.reload();
    await popup.locator('.pn-highlight', { hasText: QUOTE }).waitFor({ timeout: 10000 });
  });

  it('opens the Library on this clip, with its highlight, from "Mở thư viện"', async () => {
    const [library] = await Promise.all([h.chromium.context.waitForEvent('page'), popup.getByRole('button', { name: 'Mở thư viện' }).click()]);
    await library.waitForLoadState();
    expect(library.url()).toMatch(/\/library\.html#clip=/);
    const detail = library.getByRole('complementary', { name: 'Chi tiết bài' });
    await detail.waitFor();
    expect(await detail.locator('#pn-detail-title').textContent()).toBe(expected.title);
    expect(await detail.textContent()).toContain(QUOTE);
    await library.close();
  });

  it('exports this article as CSV (with BOM, Vietnamese intact), as an Excel workbook and as .docx', async () => {
    await popup.locator('#pn-export-format').selectOption('csv');
    const csv = await captureDownload(popup, () => popup.locator('.pn-export').getByRole('button', { name: 'Xuất' }).click());
    expect(csv.filename).toMatch(/^portal-notes_\d{4}-\d{2}-\d{2}_tap-huan-nghiep-vu.*\.csv$/);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<string[]>(csv.bytes.toString('utf8').slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    expect(rows).toHaveLength(1);
    const row = Object.fromEntries(header.map((k, i) => [k, rows[0][i]]));
    const cells = Object.values(row);
    expect(cells).toContain(expected.title);
    expect(cells).toContain('2020-07-20');
    expect(cells).toContain(QUOTE);
    expect(cells.some((c) => c.includes('thi đua') && c.includes('khen thưởng'))).toBe(true);

    await popup.locator('#pn-export-format').selectOption('xlsx');
    const xlsx = await captureDownload(popup, () => popup.locator('.pn-export').getByRole('button', { name: 'Xuất' }).click());
    expect(xlsx.filename).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const sheetHeader = (sheet.getRow(1).values as unknown[]).slice(1);
    const value = (name: string) => sheet.getRow(2).getCell(sheetHeader.indexOf(name) + 1).value;
    expect(value('Tiêu đề')).toBe(expected.title);
    expect(value('Ngày')).toEqual(new Date(Date.UTC(2020, 6, 20)));
    expect(value('Loại ngày')).toBe('Ngày đăng');
    expect(value('Đoạn đánh dấu')).toBe(QUOTE);

    await popup.locator('#pn-export-format').selectOption('docx');
    const docx = await captureDownload(popup, () => popup.locator('.pn-export').getByRole('button', { name: 'Xuất' }).click());
    expect(docx.filename).toMatch(/\.docx$/);
    const { value: text } = await mammoth.extractRawText({ buffer: docx.bytes });
    expect(text).toContain(expected.title);
    expect(text).toContain(QUOTE);
    expect(await popup.locator('.pn-notice').textContent()).toContain(docx.filename);

    await fs.mkdir(path.join(ROOT, 'test-results'), { recursive: true });
    await popup.screenshot({ path: path.join(ROOT, 'test-results/popup.png'), fullPage: true });
  });

  it('unclips the article after confirmation', async () => {
    await popup.getByRole('button', { name: 'Bỏ lưu' }).click();
    await popup.getByRole('group', { name: /Bỏ lưu bài này/ }).getByRole('button', { name: 'Bỏ lưu' }).click();
    await popup.getByRole('button', { name: 'Lưu bài viết' }).waitFor();
    expect(await popup.locator('.pn-highlight').count()).toBe(0);
  });
});

describe('popup on other pages', () => {
  it('says a listing page is not an article, and "clip anyway" clips it', async () => {
    const listing = await h.openDemo('listing-portal.html');
    const p = await h.openPopup(listing);
    await waitForArticle(p);
    expect(await p.locator('.pn-clipbar__state').textContent()).toMatch(/không phải một bài viết/);
    await p.getByRole('button', { name: 'Vẫn lưu' }).click();
    await p.getByRole('button', { name: 'Bỏ lưu' }).waitFor();
  });

  it('names the date of a document\'s record page as its issue date, and its signer and issuing body as such, under the summary as the title', async () => {
    const record = loadFixture('vanban-record');
    const page = await h.openDemo('vanban-record.html');
    const p = await h.openPopup(page);
    await waitForArticle(p);
    expect(await p.getByTestId('title').textContent()).toBe(record.expected.title);
    expect(await p.locator('#pn-published-label').textContent()).toBe('Ngày ban hành');
    expect(await field(p, 'published').locator('.pn-field__text').textContent()).toBe('12/11/2026');
    // the signature's rows say who signed and which body issued it
    const rows = await field(p, 'signature').locator('dt, dd').allTextContents();
    expect(rows).toEqual(['Người ký', 'Lê Minh Khang', 'Cơ quan ban hành', 'Sở Nội vụ tỉnh Sông Mây']);
    expect(await field(p, 'number').locator('.pn-field__text').textContent()).toBe('245/QĐ-SNV');
    // the decision's file, linked from its record: a link that opens the PDF the demo site serves
    const file = field(p, 'attachments').getByRole('link', { name: '245-QD-SNV.pdf' });
    const fileUrl = (await file.getAttribute('href')) ?? '';
    expect(fileUrl).toBe(new URL('/files/245-QD-SNV.pdf', h.server.url).href);
    const served = await fetch(fileUrl);
    expect([served.status, served.headers.get('content-type'), (await served.text()).slice(0, 5)]).toEqual([200, 'application/pdf', '%PDF-']);

    // the user corrects the number (which clips the page), and the spreadsheet export carries it with the issue date
    await field(p, 'number').getByRole('button', { name: 'Sửa: Số ký hiệu' }).click();
    await field(p, 'number').locator('input').fill('245/QĐ-SNV-TĐKT');
    await field(p, 'number').locator('input').press('Enter');
    await p.getByRole('button', { name: 'Bỏ lưu' }).waitFor();
    await p.waitForFunction(() => document.querySelector('#pn-number-field .pn-field__text')?.textContent === '245/QĐ-SNV-TĐKT');
    await p.locator('#pn-export-format').selectOption('csv');
    const csv = await captureDownload(p, () => p.locator('.pn-export').getByRole('button', { name: 'Xuất' }).click());
    const [header, row] = Papa.parse<string[]>(csv.bytes.toString('utf8').slice(1), { skipEmptyLines: true }).data;
    const cell = (name: string) => row[header.indexOf(name)];
    expect([cell('Số ký hiệu'), cell('Ngày'), cell('Loại ngày'), cell('Tác giả')]).toEqual(['245/QĐ-SNV-TĐKT', '2026-11-12', 'Ngày ban hành', 'Lê Minh Khang']);
    expect(cell('Tệp đính kèm')).toBe(`245-QD-SNV.pdf – ${fileUrl}`);
    await p.close();

    // the portal later adds an appendix to the record: the popup says the page changed and updates the clip from
    // it, keeping the user's corrected number
    const withAppendix = record.html.replace('<tr><th>Lĩnh vực</th>', '<tr><th>Tình trạng hiệu lực</th><td>Còn hiệu lực</td></tr><tr><th>Lĩnh vực</th>');
    expect(withAppendix).toContain('Tình trạng hiệu lực');
    h.server.override('/vanban-record.html', withAppendix);
    await page.reload({ waitUntil: 'load' });
    const again = await h.openPopup(page);
    await waitForArticle(again);
    await again.getByRole('button', { name: 'Cập nhật theo trang' }).click();
    await expect.poll(() => again.locator('#pn-details-field dt').allTextContents(), { timeout: 10_000 }).toContain('Tình trạng hiệu lực');
    expect(await field(again, 'number').locator('.pn-field__text').textContent()).toBe('245/QĐ-SNV-TĐKT');
    await again.getByRole('button', { name: 'Cập nhật theo trang' }).waitFor({ state: 'detached' });
    h.server.clearOverrides();
    await again.close();
    await page.close();
  });

  it.each([
    ['replacing the head too', true],
    ['leaving the old head (og:title, JSON-LD) behind', false],
  ])('shows the new article of a page that swapped it in place, without changing the address, %s', async (_label, withHead) => {
    const first = loadFixture('nukeviet-district');
    const second = loadFixture('dnn-portal');
    // a "next article" button that loads the other article by script and keeps the address
    const swap = `<script>
      window.swapArticle = async () => {
        const next = new DOMParser().parseFromString(await (await fetch('/dnn-portal.html')).text(), 'text/html');
        if (${withHead}) document.head.replaceChildren(...[...next.head.childNodes].map((n) => document.adoptNode(n)));
        document.body.replaceChildren(...[...next.body.childNodes].filter((n) => n.nodeName !== 'SCRIPT').map((n) => document.adoptNode(n)));
      };
    </script>`;
    h.server.override(`/inplace/article-${withHead}.html`, first.html.replace(/<\/body>/i, `${swap}</body>`));
    const page = await h.openDemo(`inplace/article-${withHead}.html`);
    const before = await h.openPopup(page);
    await waitForArticle(before);
    expect(await before.getByTestId('title').textContent()).toBe(first.expected.title);
    await before.close();
    await page.evaluate(() => (window as unknown as { swapArticle(): Promise<void> }).swapArticle());
    const after = await h.openPopup(page);
    await after.waitForFunction((t) => document.querySelector('[data-testid="title"]')?.textContent?.normalize('NFC') === t, second.expected.title, { timeout: 10_000 });
    h.server.clearOverrides();
  });

  it('offers to enable a site the extension does not run on', async () => {
    const url = `http://localhost:${new URL(h.server.url).port}/blog-en.html`;
    const page = await h.chromium.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    // Without host permission the browser hides the tab's address: the newest tab without one is this page.
    const worker = await currentWorker(h.chromium.context);
    const tabId = await worker.evaluate(async () => {
      const tabs = await (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number; url?: string }[]> } } }).chrome.tabs.query({});
      return Math.max(...tabs.filter((t) => !t.url).map((t) => t.id));
    });
    const p = await h.chromium.context.newPage();
    await p.goto(`chrome-extension://${h.chromium.extensionId}/popup.html?tabId=${tabId}&url=${encodeURIComponent(url)}`);
    await p.getByTestId('no-page').waitFor({ timeout: 15000 });
    expect(await p.getByTestId('no-page').textContent()).toContain('chưa chạy trên trang web này');
    expect(await p.getByRole('button', { name: 'Bật cho trang web này' }).isEnabled()).toBe(true);
    expect(await p.getByRole('button', { name: 'Chỉ nhận diện lần này' }).isEnabled()).toBe(true);
  });
});
