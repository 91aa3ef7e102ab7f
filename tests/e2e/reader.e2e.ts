/**
 * The saved copy outlives the portal: clip a demo article with a highlight, let the portal remove the
 * page, and read the article in the extension's reader page with the highlight painted in it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbClips, dbHighlights, openAndSettle, paintedTexts, selectText, waitForState } from './content-helpers';
import { startHarness } from './harness';
import type { Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

const SENTENCE = 'Năm 2019, toàn tỉnh có 1.284 tập thể và 3.560 cá nhân được các cấp khen thưởng';

describe('reader page', () => {
  it('shows the saved copy with its highlight after the portal removed the article', async () => {
    const ctx = h.chromium.context;
    const page = await openAndSettle(ctx, h.server.url + 'sharepoint-snv.html');
    await selectText(page, SENTENCE);
    await page.locator('portal-notes-ui button.pnt-colour').nth(1).click();
    await waitForState(ctx, page, (s) => (s.anchoring?.placed.length ?? 0) === 1);
    const [clip] = await dbClips(ctx);
    expect((await dbHighlights(ctx)).map((x) => x.quote)).toEqual([SENTENCE]);

    // The portal takes the article down.
    h.server.override('/sharepoint-snv.html', null);
    const gone = await page.reload();
    expect(gone?.status()).toBe(404);

    const reader = await ctx.newPage();
    await reader.goto(`chrome-extension://${h.chromium.extensionId}/reader.html?id=${encodeURIComponent(clip.id)}`);
    await reader.getByRole('heading', { level: 1 }).waitFor();
    expect(await reader.getByRole('heading', { level: 1 }).textContent()).toBe(clip.title);
    expect(await reader.getByRole('article').textContent()).toContain(SENTENCE);
    await expect.poll(() => paintedTexts(reader, 'green'), { timeout: 5000 }).toEqual([SENTENCE]);
    expect(await reader.locator('script').count()).toBe(1); // only the page's own module script
    await reader.screenshot({ path: 'test-results/reader.png', fullPage: false });
  });

  it('says plainly when the clip no longer exists', async () => {
    const reader = await h.chromium.context.newPage();
    await reader.goto(`chrome-extension://${h.chromium.extensionId}/reader.html?id=missing`);
    await reader.getByRole('alert').waitFor();
    expect(await reader.getByRole('alert').textContent()).toMatch(/thư viện|library/);
  });
});
