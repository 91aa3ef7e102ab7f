/**
 * The Library in real Chromium: clips made through the popup on demo pages, search typed without
 * diacritics, tag and date filters, the timeline, bulk Markdown export read back, tag rename, and a
 * backup restored into a fresh profile.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { ROOT, currentWorker } from '../../scripts/browsers';
import { loadFixture } from '../fixtures/pages/fixtures';
import { captureDownload, resultCount, startPagesHarness, waitForArticle, type PagesHarness } from './pages-harness';

let h: PagesHarness;
let library: Page;
let backupFile: string;

const PAGES: { name: string; tags: string[] }[] = [
  { name: 'sharepoint-snv', tags: ['thi đua'] },
  { name: 'liferay-province', tags: ['chuyển đổi số'] },
  { name: 'nukeviet-district', tags: ['người có công'] },
  { name: 'dnn-portal', tags: [] },
];
/** Titles as the popup detected them, by page. */
const detected = new Map<string, string>();
const title = (name: string) => detected.get(name) ?? '';
const tagFilter = (p: Page) => p.locator('.pn-filters select').first();

beforeAll(async () => {
  h = await startPagesHarness({ locale: 'vi-VN' });
});
afterAll(async () => {
  await h?.close();
  if (backupFile) await fs.rm(path.dirname(backupFile), { recursive: true, force: true });
});

/** Clip a demo page through its popup, add tags; returns the title as detected. */
async function clipWithPopup(name: string, tags: string[]): Promise<string> {
  const page = await h.openDemo(`${name}.html`);
  const popup = await h.openPopup(page);
  await waitForArticle(popup);
  const detected = (await popup.getByTestId('title').textContent()) ?? '';
  await popup.getByRole('button', { name: 'Lưu bài viết' }).click();
  await popup.getByRole('button', { name: 'Bỏ lưu' }).waitFor();
  for (const tag of tags) {
    await popup.getByRole('combobox', { name: 'Thẻ' }).fill(tag);
    await popup.getByRole('combobox', { name: 'Thẻ' }).press('Enter');
    await popup.locator('.pn-chip', { hasText: tag }).waitFor();
  }
  await popup.close();
  await page.close();
  return detected;
}

const rowTitles = (p: Page) => p.locator('.pn-row__title').allTextContents();

async function search(p: Page, query: string): Promise<void> {
  await p.getByRole('searchbox', { name: 'Tìm trong thư viện' }).fill(query);
}

async function clearFilters(p: Page): Promise<void> {
  await search(p, '');
  const clear = p.getByRole('button', { name: 'Bỏ lọc', exact: true });
  if (await clear.isVisible()) await clear.click();
}

describe('Library', () => {
  it('lists the clips made in the popup', async () => {
    for (const { name, tags } of PAGES) detected.set(name, await clipWithPopup(name, tags));
    // The pages the filters below rely on are detected as their expected results say.
    for (const name of ['sharepoint-snv', 'liferay-province', 'nukeviet-district']) expect(title(name)).toBe(loadFixture(name).expected.title);
    library = await h.openLibrary();
    expect(await resultCount(library)).toEqual({ shown: PAGES.length, total: PAGES.length });
    expect((await rowTitles(library)).sort()).toEqual(PAGES.map((p) => title(p.name)).sort());
  });

  it('finds a clip by a query typed without diacritics', async () => {
    await search(library, 'thi dua khen thuong');
    await library.waitForFunction(() => document.querySelectorAll('.pn-row__title').length === 1);
    expect(await rowTitles(library)).toEqual([title('sharepoint-snv')]);
    expect(await library.locator('.pn-row__title mark').count()).toBeGreaterThan(0);
    await clearFilters(library);
  });

  it('filters by tag and by publication-date range', async () => {
    await tagFilter(library).selectOption('chuyển đổi số');
    expect(await rowTitles(library)).toEqual([title('liferay-province')]);
    await clearFilters(library);

    await library.getByLabel('Đăng từ ngày').fill('01/01/2020');
    await library.getByLabel('Đăng từ ngày').press('Enter');
    await library.getByLabel('Đăng đến ngày').fill('31/12/2023');
    await library.getByLabel('Đăng đến ngày').press('Tab');
    expect((await rowTitles(library)).sort()).toEqual([title('sharepoint-snv'), title('nukeviet-district')].sort());
    await clearFilters(library);
    expect((await resultCount(library)).shown).toBe(PAGES.length);
  });

  it('shows a timeline with one bar per month, filled where clips were published', async () => {
    const shownDates = await library.locator('.pn-row__meta > span:first-child').allTextContents();
    const months = [...new Set(shownDates.map((d) => /(\d{2})\/(\d{4})$/.exec(d)).filter((m) => m !== null).map((m) => Number(m[2]) * 12 + Number(m[1]) - 1))];
    expect(months.length).toBeGreaterThanOrEqual(3);
    const filled = await library.locator('.pn-bar__fill').evaluateAll((rects) => rects.filter((r) => Number(r.getAttribute('height')) > 0).length);
    expect(filled).toBe(months.length);
    expect(await library.locator('.pn-bar').count()).toBe(Math.max(...months) - Math.min(...months) + 1);
  });

  it('exports selected clips as one Markdown report with YAML front matter', async () => {
    await library.getByLabel('Đăng từ ngày').fill('1/1/2020');
    await library.getByLabel('Đăng từ ngày').press('Enter');
    await library.getByRole('button', { name: 'Chọn tất cả kết quả' }).click();
    await library.locator('#pn-bulk-export-format').selectOption('markdown');
    const md = await captureDownload(library, () => library.getByRole('button', { name: 'Xuất các bài đã chọn' }).click());
    expect(md.filename).toMatch(/^portal-notes_\d{4}-\d{2}-\d{2}_da-chon\.md$/);
    const text = md.bytes.toString('utf8');
    const front = /^---\n([\s\S]*?)\n---\n/.exec(text);
    expect(front).not.toBeNull();
    const meta = YAML.parse(front![1]) as { articles: number; highlights: number };
    expect(meta.articles).toBe(3);
    for (const name of ['sharepoint-snv', 'liferay-province', 'nukeviet-district']) expect(text).toContain(title(name));
    expect(text).not.toContain(title('dnn-portal'));
    await library.getByRole('button', { name: 'Bỏ chọn' }).click().catch(() => undefined);
    await clearFilters(library);
  });

  it('tags the selected clips at once, and the new tag filters them', async () => {
    await library.getByLabel('Đăng từ ngày').fill('1/1/2020');
    await library.getByLabel('Đăng từ ngày').press('Enter');
    const selectedTitles = (await rowTitles(library)).sort();
    expect(selectedTitles.length).toBeGreaterThanOrEqual(2);
    await library.getByRole('button', { name: 'Chọn tất cả kết quả' }).click();
    const tags = library.getByRole('combobox', { name: 'Thẻ cho các bài đã chọn' });
    await tags.fill('bão số 3');
    await tags.press('Enter');
    await library.getByRole('button', { name: 'Gắn thẻ' }).click();
    await library.locator('.pn-notice', { hasText: `Đã đổi thẻ của ${selectedTitles.length} bài.` }).waitFor();
    await library.getByRole('button', { name: 'Bỏ chọn' }).click();
    await clearFilters(library);
    await tagFilter(library).selectOption('bão số 3');
    expect((await rowTitles(library)).sort()).toEqual(selectedTitles);
    await clearFilters(library);
  });

  it('renames a tag everywhere', async () => {
    await library.getByRole('button', { name: 'Thẻ', exact: true }).click();
    await library.getByRole('button', { name: 'Đổi tên thẻ thi đua' }).click();
    await library.getByLabel('Tên mới cho thẻ thi đua').fill('thi đua khen thưởng');
    await library.getByRole('button', { name: 'Lưu', exact: true }).click();
    await library.locator('.pn-table .pn-chip', { hasText: 'thi đua khen thưởng' }).waitFor();
    expect(await library.locator('.pn-table .pn-chip', { hasText: /^thi đua$/ }).count()).toBe(0);
    await library.getByRole('button', { name: 'Bài đã lưu' }).click();
    await tagFilter(library).selectOption('thi đua khen thưởng');
    expect(await rowTitles(library)).toEqual([title('sharepoint-snv')]);
    await clearFilters(library);

    await fs.mkdir(path.join(ROOT, 'test-results'), { recursive: true });
    await library.locator('.pn-row').first().click();
    await library.locator('.pn-clips__detail').waitFor();
    await library.screenshot({ path: path.join(ROOT, 'test-results/library.png'), fullPage: true });
  });

  it('suggests a backup when the last one is over a month old, and stops once one is saved', async () => {
    const worker = await currentWorker(h.chromium.context);
    await worker.evaluate(
      (at) => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ backupHistory: { lastBackupAt: at, snoozeUntil: null } }),
      Date.now() - 40 * 86_400_000,
    );
    const reminded = await h.openLibrary();
    const now = reminded.getByRole('button', { name: 'Sao lưu ngay' });
    await now.waitFor();
    const saved = await captureDownload(reminded, () => now.click());
    expect(saved.filename).toMatch(/^portal-notes-backup-.*\.json$/);
    await now.waitFor({ state: 'detached' });
    await reminded.reload();
    await reminded.waitForSelector('main .pn-library:not([aria-busy])');
    await reminded.locator('.pn-row').first().waitFor();
    expect(await reminded.getByRole('button', { name: 'Sao lưu ngay' }).count()).toBe(0);
    await reminded.close();
  });

  it('saves a backup that restores the same clips into a fresh profile', async () => {
    await library.getByRole('button', { name: 'Sao lưu và khôi phục' }).click();
    const backup = await captureDownload(library, () => library.getByRole('button', { name: 'Tải tệp sao lưu' }).click());
    expect(backup.filename).toMatch(/^portal-notes-backup-\d{4}-\d{2}-\d{2}\.json$/);
    backupFile = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'pn-backup-')), backup.filename);
    await fs.writeFile(backupFile, backup.bytes);

    const fresh = await startPagesHarness({ server: h.server });
    try {
      const other = await fresh.openLibrary();
      expect(await other.locator('.pn-row').count()).toBe(0);
      await other.getByRole('button', { name: 'Sao lưu và khôi phục' }).click();
      await other.getByLabel('Tệp sao lưu (.json)').setInputFiles(backupFile);
      await other.getByRole('button', { name: 'Khôi phục', exact: true }).click();
      await other.getByText('Đã khôi phục xong.').waitFor({ timeout: 15000 });
      expect(await other.locator('.pn-success').textContent()).toContain(`Thêm mới: `);
      await other.getByRole('button', { name: 'Bài đã lưu' }).click();
      await other.locator('.pn-row').first().waitFor();
      expect((await rowTitles(other)).sort()).toEqual(PAGES.map((p) => title(p.name)).sort());
      await tagFilter(other).selectOption('thi đua khen thưởng');
      expect(await rowTitles(other)).toEqual([title('sharepoint-snv')]);
    } finally {
      await fresh.close();
    }
  });
});
