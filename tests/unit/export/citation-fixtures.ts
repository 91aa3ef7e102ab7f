/** Clips that cover the citation cases: newspaper with a person, portal with only a unit, English page, undated, a signed document. */
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

/** A document's record page: signed by an official for the issuing body, which a citation names. */
export const decision = (() => {
  const clip = makeClip({
    url: 'https://snv.hatinh.gov.vn/van-ban/chi-tiet/245-qd-snv',
    title: 'Quyết định ban hành Quy chế xét tặng danh hiệu thi đua năm 2027',
    published: '2026-11-12',
    authors: ['Lê Minh Khang'],
    signature: { text: 'Cơ quan ban hành\tSở Nội vụ tỉnh Hà Tĩnh\nNgười ký\tGiám đốc - Lê Minh Khang', authors: ['Lê Minh Khang'], unit: 'Sở Nội vụ tỉnh Hà Tĩnh', source: null },
    site: 'Sở Nội vụ tỉnh Hà Tĩnh',
  });
  // as detection gives a record page: the date from the issue-date row, the people from the signer row
  clip.documentNumber = '245/QĐ-SNV';
  clip.detected = {
    ...clip.detected,
    documentNumber: '245/QĐ-SNV',
    recordDetails: [{ label: 'Loại văn bản', value: 'Quyết định' }, { label: 'Ngày có hiệu lực', value: '15/11/2026' }],
    attachments: [{ name: 'Quyết định 245/QĐ-SNV (bản PDF)', url: 'https://snv.hatinh.gov.vn/files/245-QD-SNV.pdf' }],
    provenance: {
      published: { source: 'document:issued', confidence: 0.9 },
      authors: { source: 'document:signer', confidence: 0.8 },
      signature: { source: 'signature:document', confidence: 0.8 },
      documentNumber: { source: 'document:number', confidence: 0.9 },
    },
  };
  return clip;
})();

export const highlights = [
  makeHighlight(newspaper, { start: 5, quote: 'Đoạn thứ nhất', note: 'Ghi chú một' }),
  makeHighlight(newspaper, { start: 50, quote: 'Đoạn thứ hai' }),
];
