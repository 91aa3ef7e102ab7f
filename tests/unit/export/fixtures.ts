/**
 * Invented clips and highlights in the shapes the store keeps (our own words, real portal shapes),
 * and the hostile strings every format must survive.
 */
import type { ArticleData, Clip, Colour, Highlight, Tag } from '@/utils/model';
import type { ExportInput } from '@/utils/export/types';

let seq = 0;

export function makeClip(over: Partial<Clip> = {}): Clip {
  seq++;
  const base = {
    id: `clip-${seq}`,
    url: `https://snv.hatinh.gov.vn/tin-tuc/hoi-nghi-so-ket-${seq}.html`,
    title: 'Hội nghị sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm',
    published: '2020-07-24T10:30:00+07:00',
    authors: ['Nguyễn Tuyết Mai'],
    signature: { text: 'Nguyễn Tuyết Mai\nBan Thi đua, Khen thưởng - Sở Nội vụ', authors: ['Nguyễn Tuyết Mai'], unit: 'Ban Thi đua, Khen thưởng - Sở Nội vụ', source: null },
    site: 'Sở Nội vụ tỉnh Hà Tĩnh',
    lang: 'vi',
  };
  const merged = { ...base, ...over };
  const detected: ArticleData = {
    url: merged.url, canonicalUrl: null, title: merged.title, published: merged.published, publishedText: null,
    modified: null, modifiedText: null, dateCandidates: [], authors: merged.authors, signature: merged.signature,
    bodyText: '', eventDates: [], lang: merged.lang, site: merged.site, isArticle: true, provenance: {},
  };
  return {
    aliases: [], modified: null, tags: [], detected, corrections: {},
    savedAt: Date.UTC(2026, 10, 28, 20, 15), // 29/11/2026 03:15 in Vietnam
    updatedAt: Date.UTC(2026, 10, 28, 20, 15),
    ...merged,
  } as Clip;
}

export function makeHighlight(clip: Clip, over: Partial<Highlight> & { start?: number } = {}): Highlight {
  seq++;
  const { start, ...rest } = over;
  const quote = rest.quote ?? `Đoạn văn bản thứ ${seq} được đánh dấu.`;
  return {
    id: `hl-${seq}`,
    clipId: clip.id,
    url: clip.url,
    selectors: [
      { type: 'TextQuoteSelector', exact: quote, prefix: 'trước ', suffix: ' sau' },
      ...(start === undefined ? [] : [{ type: 'TextPositionSelector' as const, start, end: start + quote.length, scope: 'article' as const }]),
    ],
    quote,
    colour: 'yellow' as Colour,
    note: '',
    tags: [],
    createdAt: Date.UTC(2026, 10, 28, 20, 0) + seq,
    updatedAt: Date.UTC(2026, 10, 28, 21, 0) + seq,
    ...rest,
  };
}

export const COLOUR_LABELS: Record<Colour, string> = { yellow: 'Quan trọng', green: '', blue: 'Số liệu', pink: '', orange: '' };

export function makeInput(clips: Clip[], highlights: Highlight[], over: Partial<ExportInput> = {}): ExportInput {
  const tags: Tag[] = [{ name: 'thi đua', colour: '#2563eb', description: '', createdAt: 0 }];
  return {
    clips, highlights, tags, colourLabels: COLOUR_LABELS, locale: 'vi', groupBy: 'article',
    now: new Date(Date.UTC(2026, 10, 29, 2, 0)), ...over,
  };
}

/** Hostile texts: markup, quotes, newlines, formula prefixes, bidi controls, YAML and TeX specials. */
export const HOSTILE: string[] = [
  '<script>alert("x")</script><img src=x onerror=alert(1)>',
  '"Trích dẫn" và \'nháy đơn\' & ký hiệu',
  'Dòng một\nDòng hai\r\nDòng ba\rDòng bốn',
  '=HYPERLINK("http://evil.example","bấm")',
  '+84 912 345 678',
  '-1+2',
  '@SUM(A1:A2)',
  '\t=1+1',
  '\r=1+1',
  '  =cmd|\' /C calc\'!A0',
  '\u202Egnp.exe\u202C báo cáo \u200Fعربي\u200F',
  '---\ntitle: injected\n---',
  'key: value # not a comment',
  '{unbalanced %  $ # _ ^ ~ \\ & }}',
  '# Không phải tiêu đề\n> không phải trích dẫn\n- không phải danh sách\n1. không phải số',
  '[[wikilink]] ==tô sáng== %%ẩn%% $x$ ^block `code` *nghiêng* _gạch_ ~~xoá~~ | bảng |',
  'ER  - \nTY  - JOUR\nTI  - giả mạo',
  '@article{evil, title={x}}',
  'Ký tự điều khiển\u0000\u0007\u001B\u007F\u0085 và \u2028 \u2029 \uFEFF',
  'hoà hòa thuý thúy',
  'Nửa cặp \uD83D thay thế',
  'Vie\u0302\u0323t Nam (NFD)',
];

export const ONE_MB_NOTE = 'Ghi chú rất dài về hội nghị. '.repeat(Math.ceil(1_048_576 / 29));
