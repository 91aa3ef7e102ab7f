/**
 * Export speed on a large library: 10,000 highlights over 1,000 articles of invented Vietnamese text
 * (seeded, so every run measures the same data). Targets: CSV < 1 s, Markdown < 1 s, xlsx < 2 s, docx < 5 s (median).
 * Run: npx tsx bench/export.ts
 */
import { performance } from 'node:perf_hooks';
import { buildAnnotationsJson } from '../utils/export/annotations';
import { buildBibtex } from '../utils/export/bibtex';
import { buildCslJson } from '../utils/export/csl';
import { buildCsv } from '../utils/export/csv';
import { buildDocx } from '../utils/export/docx';
import { buildXlsx } from '../utils/export/xlsx';
import { buildReferenceList } from '../utils/export/reference';
import { buildHtml } from '../utils/export/html';
import { buildMarkdown, buildMarkdownZip } from '../utils/export/markdown';
import { buildRis } from '../utils/export/ris';
import type { ExportInput } from '../utils/export/types';
import { COLOURS, type Clip, type Highlight } from '../utils/model';

const RUNS = 5;

/** mulberry32: small, fast, seeded. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = rng(20261129);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
const int = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));

const WORDS = (
  'hội nghị sơ kết tổng kết công tác thi đua khen thưởng năm tháng đầu cán bộ công chức viên chức đơn vị ' +
  'sở nội vụ ủy ban nhân dân tỉnh huyện xã phường triển khai thực hiện nhiệm vụ trọng tâm kế hoạch chương trình ' +
  'chuyển đổi số cải cách hành chính nâng cao hiệu quả chất lượng phục vụ người dân doanh nghiệp đồng chí ' +
  'phó giám đốc chủ trì phát biểu chỉ đạo đề nghị các phòng ban tiếp tục tăng cường phối hợp kiểm tra giám sát ' +
  'báo cáo kết quả đạt được hạn chế tồn tại nguyên nhân giải pháp thời gian tới đảm bảo tiến độ'
).split(' ');
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ'];
const GIVEN = ['Tuyết Mai', 'Văn Bình', 'Thị Hồng', 'Minh Châu', 'Thành Long', 'Quốc Huy', 'Thu Hà', 'Đức Anh'];
const UNITS = ['Ban Thi đua, Khen thưởng - Sở Nội vụ', 'Văn phòng Sở', 'Phòng Cải cách hành chính', 'Trung tâm Truyền thông tỉnh'];
const SITES: [string, string][] = [
  ['https://snv.hatinh.gov.vn', 'Sở Nội vụ tỉnh Hà Tĩnh'],
  ['https://baohatinh.vn', 'Báo Hà Tĩnh'],
  ['https://sotttt.quangtri.gov.vn', 'Sở Thông tin và Truyền thông tỉnh Quảng Trị'],
  ['https://baochinhphu.vn', 'Báo Điện tử Chính phủ'],
];
const TAGS = ['thi đua', 'cải cách hành chính', 'chuyển đổi số', 'nhân sự', 'báo cáo quý', 'văn bản mới', 'ưu tiên'];

function sentence(min: number, max: number): string {
  const words = Array.from({ length: int(min, max) }, () => pick(WORDS));
  words[0] = words[0].charAt(0).toLocaleUpperCase('vi') + words[0].slice(1);
  return `${words.join(' ')}.`;
}

function makeData(): ExportInput {
  const clips: Clip[] = [];
  const highlights: Highlight[] = [];
  for (let i = 0; i < 1000; i++) {
    const [origin, site] = pick(SITES);
    const person = random() < 0.7 ? `${pick(FAMILY)} ${pick(GIVEN)}` : null;
    const unit = pick(UNITS);
    const published = `20${int(18, 25)}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}T${String(int(7, 17)).padStart(2, '0')}:30:00+07:00`;
    const title = sentence(8, 18).slice(0, -1);
    const url = `${origin}/tin-tuc/bai-viet-${i}.html`;
    const signature = { text: person ? `${person}\n${unit}` : unit, authors: person ? [person] : [], unit, source: null };
    const savedAt = Date.UTC(2026, 0, 1) + i * 3_600_000;
    clips.push({
      id: `clip-${i}`, url, aliases: [], title, published, modified: null, authors: person ? [person] : [], signature, site, lang: 'vi',
      tags: random() < 0.6 ? [pick(TAGS)] : [],
      detected: { url, canonicalUrl: null, title, published, publishedText: null, modified: null, modifiedText: null, dateCandidates: [], authors: [], signature, bodyText: '', eventDates: [], lang: 'vi', site, isArticle: true, provenance: {} },
      corrections: {}, savedAt, updatedAt: savedAt,
    });
    let offset = 0;
    for (let j = 0; j < 10; j++) {
      const quote = `${sentence(12, 40)} ${random() < 0.3 ? sentence(8, 20) : ''}`.trim();
      offset += int(50, 400);
      highlights.push({
        id: `hl-${i}-${j}`, clipId: `clip-${i}`, url,
        selectors: [
          { type: 'TextQuoteSelector', exact: quote, prefix: 'đơn vị ', suffix: ' kết quả' },
          { type: 'TextPositionSelector', start: offset, end: offset + quote.length, scope: 'article' },
          { type: 'RangeSelector', startContainer: `/main[1]/article[1]/p[${j + 1}]`, startOffset: 3, endContainer: `/main[1]/article[1]/p[${j + 1}]`, endOffset: 3 + quote.length },
        ],
        quote, colour: pick(COLOURS), note: random() < 0.4 ? sentence(6, 30) : '', tags: random() < 0.3 ? [pick(TAGS)] : [],
        createdAt: savedAt + j * 60_000, updatedAt: savedAt + j * 60_000,
      });
    }
  }
  return {
    clips, highlights, tags: TAGS.map((name) => ({ name, colour: '#2563eb', description: '', createdAt: 0 })),
    colourLabels: { yellow: 'Quan trọng', green: '', blue: 'Số liệu', pink: '', orange: '' },
    locale: 'vi', groupBy: 'article', now: new Date(Date.UTC(2026, 10, 29, 2, 0)),
  };
}

const size = (out: string | Uint8Array): number => (typeof out === 'string' ? Buffer.byteLength(out, 'utf8') : out.length);

async function measure(name: string, build: () => string | Uint8Array | Promise<string | Uint8Array>): Promise<void> {
  let out = await build(); // warm-up: JIT and lazy module state
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    out = await build();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`export-${name}-10k-median: ${times[Math.floor(times.length / 2)].toFixed(1)} ms`);
  console.log(`export-${name}-10k-size: ${size(out)} bytes`);
}

async function main(): Promise<void> {
  const input = makeData();
  await measure('csv', () => buildCsv(input));
  await measure('xlsx', () => buildXlsx(input));
  await measure('markdown', () => buildMarkdown(input));
  await measure('markdown-zip', () => buildMarkdownZip(input));
  await measure('docx', () => buildDocx(input));
  await measure('html', () => buildHtml(input));
  await measure('annotations', () => buildAnnotationsJson(input));
  await measure('csl', () => buildCslJson(input));
  await measure('ris', () => buildRis(input));
  await measure('bibtex', () => buildBibtex(input));
  await measure('references', () => buildReferenceList(input));
  await measure('docx-by-tag', () => buildDocx({ ...input, groupBy: 'tag' }));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
