/** The vertical slice in real Chromium: page → content script → background → popup. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGES_DIR } from '../../scripts/demo-server';
import { startHarness } from './harness';
import type { Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

describe('foundation slice', () => {
  it('loads the extension with a localized name, minimal permissions and other sites only on request', async () => {
    const manifest = await h.chromium.worker.evaluate(() => {
      interface Manifest {
        name: string;
        permissions: string[];
        optional_host_permissions: string[];
        action: { default_title: string };
      }
      const g = globalThis as unknown as { chrome: { runtime: { getManifest(): Manifest } } };
      return g.chrome.runtime.getManifest();
    });
    expect(manifest.name).toMatch(/Portal Notes/);
    expect(manifest.action.default_title).toMatch(/^Portal Notes: /);
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage', 'unlimitedStorage']);
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  });

  it('shows the detected title of a demo page in the popup', async () => {
    const page = await h.openDemo('sharepoint-snv.html');
    const popup = await h.openPopup(page);
    const title = popup.getByTestId('title');
    await title.waitFor({ timeout: 15000 });
    const expected = JSON.parse(readFileSync(path.join(PAGES_DIR, 'sharepoint-snv.expected.json'), 'utf8')) as { title: string };
    expect(await title.textContent()).toBe(expected.title);
  });
});
