import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/utils/background/handlers';
import type { ArticleData } from '@/utils/model';

const article = (title: string): ArticleData => ({
  url: 'https://snv.example.gov.vn/a.html',
  canonicalUrl: null,
  title,
  published: null,
  publishedText: null,
  modified: null,
  modifiedText: null,
  dateCandidates: [],
  authors: [],
  signature: null,
  bodyText: '',
  eventDates: [],
  lang: 'vi',
  site: '',
  isArticle: true,
  provenance: {},
});

describe('page state handlers', () => {
  beforeEach(() => fakeBrowser.reset());
  const h = createHandlers({ now: () => 1000 });

  it('keeps what a tab reported and returns it to the popup', async () => {
    await h['page:detected']({ article: article('Hội nghị') }, { tabId: 7, url: 'https://snv.example.gov.vn/a.html' });
    const state = await h['page:get']({ tabId: 7 }, {});
    expect(state).toMatchObject({ tabId: 7, title: 'Hội nghị', reportedAt: 1000, url: 'https://snv.example.gov.vn/a.html' });
    expect(await h['page:get']({ tabId: 8 }, {})).toBeNull();
  });

  it('survives a service-worker restart (state is in storage, not memory)', async () => {
    await h['page:detected']({ article: article('Tập huấn') }, { tabId: 3 });
    const fresh = createHandlers({ now: () => 2000 });
    expect((await fresh['page:get']({ tabId: 3 }, {}))?.title).toBe('Tập huấn');
  });

  it('rejects a report that does not come from a tab', async () => {
    await expect(h['page:detected']({ article: article('x') }, {})).rejects.toThrow(/from a tab/);
  });
});
