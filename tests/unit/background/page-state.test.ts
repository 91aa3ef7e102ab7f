import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetStalePageState, getPageState, putPageState } from '@/utils/background/page-state';
import type { ArticleData } from '@/utils/model';

const URL_A = 'https://tintuc.example.vn/bai/1';
const article = { title: 'Bài một', isArticle: true } as ArticleData;
const identity = { url: URL_A, aliases: [] };

beforeEach(() => fakeBrowser.reset());

describe('forgetStalePageState', () => {
  it('drops the detection when the tab moved to another address (a link, or pushState)', async () => {
    await putPageState(3, URL_A, article, identity, 1);
    await forgetStalePageState(3, 'https://tintuc.example.vn/bai/2');
    expect(await getPageState(3)).toBeNull();
  });

  it('keeps it when only the fragment changed, or the new page already reported itself', async () => {
    await putPageState(3, URL_A, article, identity, 1);
    await forgetStalePageState(3, `${URL_A}#binh-luan`);
    expect((await getPageState(3))?.title).toBe('Bài một');
    await forgetStalePageState(3, URL_A);
    expect((await getPageState(3))?.title).toBe('Bài một');
  });

  it('keeps the new page\'s report that lands while the old one is being forgotten', async () => {
    // the tab's move to B and B's own report reach the worker together: the move read A's state, then B
    // reported, then the move's removal ran, and B's report was lost (the popup showed nothing for B)
    const URL_B = 'https://tintuc.example.vn/bai/2';
    await putPageState(3, URL_A, article, identity, 1);
    const moved = forgetStalePageState(3, URL_B);
    const reported = putPageState(3, URL_B, { ...article, title: 'Bài hai' }, { url: URL_B, aliases: [] }, 2);
    await Promise.all([moved, reported]);
    expect((await getPageState(3))?.title).toBe('Bài hai');
  });

  it('goes on with a tab\'s next change when one fails (a full storage area)', async () => {
    const set = vi.spyOn(fakeBrowser.storage.session, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    const failed = putPageState(3, URL_A, article, identity, 1);
    const next = putPageState(3, URL_A, { ...article, title: 'Bài một (sửa)' }, identity, 2);
    await expect(failed).rejects.toThrow('quota');
    await next;
    expect((await getPageState(3))?.title).toBe('Bài một (sửa)');
    set.mockRestore();
  });

  it('leaves other tabs alone', async () => {
    await putPageState(3, URL_A, article, identity, 1);
    await forgetStalePageState(4, 'https://tintuc.example.vn/bai/2');
    expect(await getPageState(3)).not.toBeNull();
  });
});
