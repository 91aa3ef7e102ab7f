/** Shared fixtures and a render wrapper with the i18n context for component tests. */
import { afterEach } from 'vitest';
import { cleanup, render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { I18nContext, createI18n, type Locale } from '@/utils/i18n';
import type { ArticleData, Clip, Highlight, PlacedHighlight } from '@/utils/model';
import { resolveColourLabels } from '@/components/colours';

afterEach(() => cleanup());

export const HOSTILE = '<img src=x onerror="window.__pwned=1">';

export function renderIn(locale: Locale, ui: ComponentChildren) {
  return render(<I18nContext.Provider value={createI18n(locale)}>{ui}</I18nContext.Provider>);
}

export const labelsEn = resolveColourLabels({}, createI18n('en').t);

export function makeArticle(over: Partial<ArticleData> = {}): ArticleData {
  return {
    url: 'https://snv.example.gov.vn/tin-tuc/hoi-nghi-123.html',
    canonicalUrl: null,
    title: 'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023',
    published: '2024-01-22T15:32:00+07:00',
    publishedText: '15:32 | 22/01/2024',
    modified: null,
    modifiedText: null,
    dateCandidates: [
      { iso: '2024-01-22T15:32:00+07:00', text: '(15:32 | 22/01/2024)', source: 'text:date-line', score: 0.9 },
      { iso: '2024-01-17', text: 'ngày 17/01/2024', source: 'text:body', score: 0.3 },
    ],
    authors: ['Nguyễn Tuyết Mai'],
    signature: { text: 'Nguyễn Tuyết Mai\nBan Thi đua, Khen thưởng - Sở Nội vụ', authors: ['Nguyễn Tuyết Mai'], unit: 'Ban Thi đua, Khen thưởng - Sở Nội vụ', source: null },
    bodyText: 'Sáng 17/01, Sở Nội vụ tổ chức hội nghị.',
    eventDates: [],
    lang: 'vi',
    site: 'Sở Nội vụ tỉnh Mẫu',
    isArticle: true,
    provenance: {
      title: { source: 'meta:og:title', confidence: 0.9 },
      published: { source: 'text:date-line', confidence: 0.6 },
      signature: { source: 'text:signature', confidence: 0.3 },
    },
    ...over,
  };
}

export function makeClip(over: Partial<Clip> = {}, article = makeArticle()): Clip {
  return {
    id: 'clip-1',
    url: article.url,
    aliases: [],
    title: article.title,
    published: article.published,
    modified: null,
    authors: article.authors,
    signature: article.signature,
    site: article.site,
    lang: 'vi',
    tags: ['thi đua'],
    detected: article,
    corrections: {},
    savedAt: Date.UTC(2024, 0, 23, 2, 0),
    updatedAt: Date.UTC(2024, 0, 23, 2, 0),
    ...over,
  };
}

export function makeHighlight(over: Partial<PlacedHighlight> = {}): PlacedHighlight {
  const h: Highlight = {
    id: 'h1',
    clipId: 'clip-1',
    url: 'https://snv.example.gov.vn/tin-tuc/hoi-nghi-123.html',
    selectors: [],
    quote: 'phong trào thi đua yêu nước',
    colour: 'yellow',
    note: 'Ý chính của bài',
    tags: [],
    createdAt: 1,
    updatedAt: 1,
  };
  return { ...h, anchored: true, ...over };
}
