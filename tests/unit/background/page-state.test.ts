import { beforeEach, describe, expect, it } from 'vitest';
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

  it('leaves other tabs alone', async () => {
    await putPageState(3, URL_A, article, identity, 1);
    await forgetStalePageState(4, 'https://tintuc.example.vn/bai/2');
    expect(await getPageState(3)).not.toBeNull();
  });
});
