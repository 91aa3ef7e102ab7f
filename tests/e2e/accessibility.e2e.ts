/**
 * Accessibility of the popup and the Library in real Chromium, in Vietnamese (the longer strings):
 * text contrast passes WCAG AA against what is painted behind it, every control has a name, every
 * keyboard stop shows focus, and at 200% zoom (half the CSS width) nothing needs sideways scrolling.
 * The views are audited in the states a user meets: an article with a highlight, the Library list,
 * a clip's details, the tag manager, backup and settings.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/browsers';
import { contrastFailures, horizontalOverflow, tabThrough, unnamedControls } from './a11y-audit';
import { highlightPhrase } from './content-helpers';
import { startPagesHarness, waitForArticle, type PagesHarness } from './pages-harness';

let h: PagesHarness;
let popup: Page;
let library: Page;

beforeAll(async () => {
  h = await startPagesHarness({ locale: 'vi-VN' });
  // an article clipped, tagged and highlighted, so every part of the popup and the Library has content
  const page = await h.openDemo('sharepoint-snv.html');
  const reply = await highlightPhrase(h.chromium.context, page, 'tổ chức Hội nghị tập huấn nghiệp vụ công tác thi đua', 'green');
  expect(reply).toMatchObject({ ok: true });
  popup = await h.openPopup(page);
  await waitForArticle(popup);
  await popup.getByRole('combobox', { name: 'Thẻ' }).fill('thi đua');
  await popup.getByRole('combobox', { name: 'Thẻ' }).press('Enter');
  await popup.locator('.pn-chip', { hasText: 'thi đua' }).waitFor();
  await popup.locator('.pn-highlight').first().waitFor();
});
afterAll(async () => h?.close());

async function expectAccessible(page: Page, label: string): Promise<void> {
  const contrast = await contrastFailures(page);
  expect(contrast, `${label}: text below AA contrast`).toEqual([]);
  expect(await unnamedControls(page), `${label}: controls without a name`).toEqual([]);
}

describe('popup', () => {
  it('passes contrast and naming checks with an article, a tag and a highlight', async () => {
    await expectAccessible(popup, 'popup');
  });

  it('can be used by keyboard alone: every stop shows focus, and the tag field, highlight and Library link are reached', async () => {
    const stops = await tabThrough(popup);
    expect(stops.length).toBeGreaterThan(8);
    expect(stops.filter((s) => !s.visible).map((s) => s.what), 'stops without a focus indicator').toEqual([]);
    expect(stops.filter((s) => !s.inView).map((s) => s.what), 'stops scrolled out of view').toEqual([]);
    const names = stops.map((s) => s.what).join('\n');
    expect(names).toMatch(/Thẻ|combobox/);
    expect(names).toMatch(/Bỏ lưu/);
    expect(names).toMatch(/thư viện/i);
  });

  it('fits at 200% zoom without sideways scrolling', async () => {
    // at 200% a popup window (at most 800 device px wide) holds 400 CSS px; WCAG reflow asks for 320
    await popup.setViewportSize({ width: 320, height: 300 });
    const overflow = await horizontalOverflow(popup);
    await popup.screenshot({ path: path.join(ROOT, 'test-results/popup-zoom-200.png'), fullPage: true });
    expect(overflow.clipped).toEqual([]);
    expect(overflow.scrolls).toBe(false);
    await popup.setViewportSize({ width: 420, height: 700 });
  });
});

describe('Library', () => {
  beforeAll(async () => {
    library = await h.openLibrary();
    await library.locator('.pn-row').first().waitFor();
  });

  it('passes contrast and naming checks on the list, a clip\u2019s details, tags, backup and settings', async () => {
    await expectAccessible(library, 'library list');
    await library.locator('.pn-row').first().click();
    await library.locator('.pn-detail, [data-testid="clip-detail"]').first().waitFor();
    await expectAccessible(library, 'clip details');
    for (const section of ['Thẻ', 'Sao lưu và khôi phục', 'Cài đặt']) {
      await library.getByRole('button', { name: section, exact: true }).click();
      await expectAccessible(library, section);
    }
    await library.getByRole('button', { name: 'Bài đã lưu' }).click();
  });

  it('can be used by keyboard alone: search, filters and the clip list are reached, every stop shows focus', async () => {
    const stops = await tabThrough(library, 120);
    expect(stops.filter((s) => !s.visible).map((s) => s.what), 'stops without a focus indicator').toEqual([]);
    const names = stops.map((s) => s.what).join('\n');
    expect(names).toMatch(/input.*|searchbox/);
    expect(names).toMatch(/select/);
  });

  it('has checks that catch what they look for (a pale label, a nameless button, a control past the edge)', async () => {
    await library.evaluate(() => {
      const probe = document.createElement('div');
      probe.id = 'pn-a11y-probe';
      const pale = document.createElement('span');
      pale.textContent = 'Ghi chú mờ';
      pale.style.color = '#b0b0b0';
      const button = document.createElement('button');
      button.type = 'button';
      const wide = document.createElement('button');
      wide.textContent = 'Rộng quá';
      wide.style.cssText = 'position: relative; left: 5000px';
      probe.append(pale, button, wide);
      document.body.append(probe);
    });
    try {
      expect((await contrastFailures(library)).map((f) => f.text)).toContain('Ghi chú mờ');
      expect(await unnamedControls(library)).toHaveLength(1);
      expect((await horizontalOverflow(library)).clipped.join()).toContain('Rộng quá');
    } finally {
      await library.evaluate(() => document.getElementById('pn-a11y-probe')?.remove());
    }
  });

  it('fits at 200% zoom without sideways scrolling', async () => {
    await library.setViewportSize({ width: 640, height: 400 });
    const overflow = await horizontalOverflow(library);
    await library.screenshot({ path: path.join(ROOT, 'test-results/library-zoom-200.png'), fullPage: false });
    expect(overflow.clipped).toEqual([]);
    expect(overflow.scrolls).toBe(false);
  });
});

describe('dark colour scheme', () => {
  it('keeps AA contrast in the popup and every Library section when the system asks for dark colours', async () => {
    await popup.emulateMedia({ colorScheme: 'dark' });
    await library.setViewportSize({ width: 1280, height: 800 });
    await library.emulateMedia({ colorScheme: 'dark' });
    try {
      expect(await popup.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(17, 24, 39)');
      await expectAccessible(popup, 'popup (dark)');
      await library.locator('.pn-row').first().click();
      await library.locator('.pn-clips__detail').waitFor();
      await expectAccessible(library, 'library (dark)');
      for (const section of ['Thẻ', 'Sao lưu và khôi phục', 'Cài đặt']) {
        await library.getByRole('button', { name: section, exact: true }).click();
        await expectAccessible(library, `${section} (dark)`);
      }
      await library.getByRole('button', { name: 'Bài đã lưu' }).click();
      const stops = await tabThrough(library, 60);
      expect(stops.filter((s) => !s.visible).map((s) => s.what), 'stops without a focus indicator (dark)').toEqual([]);
      await library.screenshot({ path: path.join(ROOT, 'test-results/library-dark.png'), fullPage: false });
      await popup.screenshot({ path: path.join(ROOT, 'test-results/popup-dark.png'), fullPage: true });
    } finally {
      await popup.emulateMedia({ colorScheme: 'light' });
      await library.emulateMedia({ colorScheme: 'light' });
    }
  });
});
