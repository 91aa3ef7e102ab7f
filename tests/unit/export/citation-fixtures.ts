/** Clips that cover the citation cases: newspaper with a person, portal with only a unit, English page, undated. */
import { makeClip, makeHighlight } from './fixtures';

export const newspaper = makeClip({
  url: 'https://baohatinh.vn/hoi-nghi-tong-ket-a123.html',
  title: 'Hội nghị tổng kết công tác năm 2023',
  published: '2024-01-22T15:32:00+07:00',
  authors: ['Nguyễn Tuyết Mai', 'TRẦN VĂN BÌNH'],
  site: 'Báo Hà Tĩnh',
  tags: ['tổng kết'],
});

export const portal = makeClip({
  url: 'https://snv.hatinh.gov.vn/tin-tuc/so-ket-6-thang.html',
  title: 'Sơ kết công tác thi đua 6 tháng đầu năm',
  published: '2020-07-24',
  authors: [],
  signature: { text: 'Ban Thi đua, Khen thưởng - Sở Nội vụ', authors: [], unit: 'Ban Thi đua, Khen thưởng - Sở Nội vụ', source: null },
  site: 'Sở Nội vụ tỉnh Hà Tĩnh',
});

export const english = makeClip({
  url: 'https://example.org/news/report',
  title: 'Provincial Report on Digital Government',
  published: '2022-05-03',
  authors: ['Jane Doe'],
  signature: null,
  site: 'Example Review',
  lang: 'en',
});

export const undated = makeClip({
  url: 'https://sotttt.hatinh.gov.vn/page.aspx?ID=5',
  title: 'Thông báo lịch tiếp công dân',
  published: null,
  authors: [],
  signature: null,
  site: 'Sở Thông tin',
});

export const highlights = [
  makeHighlight(newspaper, { start: 5, quote: 'Đoạn thứ nhất', note: 'Ghi chú một' }),
  makeHighlight(newspaper, { start: 50, quote: 'Đoạn thứ hai' }),
];
