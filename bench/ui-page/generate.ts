/**
 * Invents a library of the benchmark's size (10,000 clips, 50,000 highlights, ~5 KB of body each)
 * from a fixed syllable list with a seeded generator, so every run measures the same data.
 */
import { COLOURS, type Clip, type Highlight, type Tag } from '../../utils/model';

const SYLLABLES = (
  'thi đua khen thưởng hội nghị tổng kết công tác năm sở nội vụ ủy ban nhân dân tỉnh huyện xã phường ' +
  'cán bộ công chức viên chức tập huấn nghiệp vụ văn thư lưu trữ cải cách hành chính chuyển đổi số ' +
  'kế hoạch triển khai thực hiện nhiệm vụ giải pháp phát triển kinh tế xã hội đời sống người dân ' +
  'phong trào yêu nước hòa giải cơ sở thôn bản trường học giáo dục y tế môi trường nông nghiệp ' +
  'nông thôn mới xây dựng đảng chính quyền đoàn thể mặt trận tổ quốc thanh niên phụ nữ cựu chiến binh ' +
  'lãnh đạo chỉ đạo điều hành quyết định thông báo hướng dẫn văn bản quy định pháp luật tuyên truyền ' +
  'đánh giá kết quả đạt được hạn chế tồn tại nguyên nhân bài học kinh nghiệm đề xuất kiến nghị ' +
  'chiều sáng ngày tháng đồng chí phó giám đốc chủ tịch bí thư trưởng phòng chuyên viên đại biểu ' +
  'khoẻ mạnh thuỷ lợi hoà bình tuỳ theo quý vị số liệu thống kê báo cáo'
).split(' ');
const SITES = ['Sở Nội vụ', 'Cổng thông tin điện tử tỉnh', 'Báo Chính phủ', 'UBND huyện', 'Sở Y tế', 'Sở Giáo dục và Đào tạo'];
const TAG_NAMES = ['thi đua', 'khen thưởng', 'cải cách hành chính', 'chuyển đổi số', 'y tế', 'giáo dục', 'nông thôn mới', 'văn thư', 'tuyển dụng', 'đào tạo'];
const NAMES = ['Nguyễn Tuyết Mai', 'Trần Văn Bình', 'Lê Thị Hoa', 'Phạm Minh Châu', 'Hoàng Thành Long'];

/** A small deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedLibrary {
  clips: Clip[];
  highlights: Highlight[];
  tags: Tag[];
  bodies: Map<string, string>;
}

/** Generate `clipCount` clips with `highlightsPerClip` highlights and `bodyChars` of body each. */
export function generateLibrary(clipCount = 10_000, highlightsPerClip = 5, bodyChars = 5_000, seed = 7): GeneratedLibrary {
  const rand = rng(seed);
  const pick = <T>(arr: readonly T[]) => arr[Math.floor(rand() * arr.length)];
  const words = (n: number) => Array.from({ length: n }, () => pick(SYLLABLES)).join(' ');
  const clips: Clip[] = [];
  const highlights: Highlight[] = [];
  const bodies = new Map<string, string>();
  const t0 = Date.UTC(2024, 0, 1);
  for (let i = 0; i < clipCount; i++) {
    const id = `clip-${i}`;
    const y = 2015 + Math.floor(rand() * 10);
    const m = 1 + Math.floor(rand() * 12);
    const d = 1 + Math.floor(rand() * 28);
    const published = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}T09:15:00+07:00`;
    const title = `${words(6 + Math.floor(rand() * 8))} ${i}`;
    const site = pick(SITES);
    const tags = [pick(TAG_NAMES), pick(TAG_NAMES)].filter((t, k, a) => a.indexOf(t) === k);
    const paragraphs: string[] = [];
    let len = 0;
    while (len < bodyChars) {
      const p = `${words(40 + Math.floor(rand() * 40))}.`;
      paragraphs.push(p);
      len += p.length + 2;
    }
    const body = paragraphs.join('\n\n');
    bodies.set(id, body);
    const url = `https://snv.example.gov.vn/tin-tuc/bai-${i}.html`;
    const authors = [pick(NAMES)];
    clips.push({
      id, url, aliases: [], title, published, modified: null, authors,
      signature: { text: authors[0], authors, unit: site, source: null }, site, lang: 'vi', tags,
      detected: {
        url, canonicalUrl: url, title, published, publishedText: null, modified: null, modifiedText: null,
        dateCandidates: [], authors, signature: null, bodyText: '', eventDates: [], lang: 'vi', site,
        isArticle: true, provenance: {},
      },
      corrections: {}, savedAt: t0 + i * 60_000, updatedAt: t0 + i * 60_000,
    });
    for (let k = 0; k < highlightsPerClip; k++) {
      const p = pick(paragraphs);
      const start = Math.floor(rand() * Math.max(1, p.length - 80));
      const quote = p.slice(start, start + 60);
      highlights.push({
        id: `${id}-h${k}`, clipId: id, url, quote, colour: pick(COLOURS), note: rand() < 0.3 ? words(8) : '',
        tags: rand() < 0.2 ? [pick(TAG_NAMES)] : [],
        selectors: [{ type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' }],
        createdAt: t0 + i * 60_000 + k, updatedAt: t0 + i * 60_000 + k,
      });
    }
  }
  const tags: Tag[] = TAG_NAMES.map((name, i) => ({ name, colour: ['#1d4ed8', '#047857', '#b45309', '#be123c', '#6d28d9'][i % 5], description: '', createdAt: t0 }));
  return { clips, highlights, tags, bodies };
}
