/**
 * An invented library of the benchmark's size, as a BackupFile: Vietnamese portal-style titles,
 * 50 sites, 200 tags, publication dates over ten years, highlights in five colours, and a
 * snapshot per clip. Seeded, so every run measures the same data.
 */
import { COLOURS } from '../../utils/model';
import type { ArticleData, Clip, Highlight, Snapshot, Tag } from '../../utils/model';
import type { BackupFile } from '../../utils/backup/format';

export interface GenerateOptions {
  clips: number;
  highlights: number;
  sites: number;
  tags: number;
  /** Characters of article text per snapshot. */
  bodyChars: number;
  /** Keep a snapshot per clip in the library (false: article text is generated for quotes only). */
  snapshots: boolean;
  seed: number;
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ACTIONS = ['Hội nghị tổng kết', 'Triển khai', 'Sơ kết', 'Hướng dẫn thực hiện', 'Kiểm tra', 'Phát động', 'Ban hành', 'Tập huấn', 'Đẩy mạnh', 'Công bố'];
const TOPICS = [
  'công tác thi đua, khen thưởng', 'kế hoạch chuyển đổi số', 'cải cách hành chính', 'chương trình mục tiêu quốc gia xây dựng nông thôn mới',
  'phòng, chống thiên tai', 'công tác tuyển sinh đầu cấp', 'tiêm chủng mở rộng', 'quy hoạch sử dụng đất', 'bảo hiểm xã hội tự nguyện',
  'phòng cháy, chữa cháy', 'an toàn thực phẩm', 'giải quyết thủ tục hành chính trên môi trường điện tử', 'đào tạo nghề cho lao động nông thôn',
];
const SCOPES = ['trên địa bàn tỉnh', 'tại các xã vùng cao', 'cấp huyện', 'trong các cơ quan nhà nước', 'toàn ngành', 'khu vực miền Trung'];
const PROVINCES = ['Ví Dụ', 'Sông Xanh', 'Đồi Chè', 'Biển Bạc', 'Núi Mây', 'Hồ Sen', 'Bình Yên', 'Cao Nguyên', 'Đồng Lúa', 'Phố Cổ'];
const UNITS = ['Sở Nội vụ', 'Sở Y tế', 'Sở Giáo dục và Đào tạo', 'Ủy ban nhân dân tỉnh', 'Sở Tài nguyên và Môi trường'];
const SENTENCES = [
  'Sáng ngày {d}, Ủy ban nhân dân tỉnh tổ chức hội nghị với sự tham dự của lãnh đạo các sở, ban, ngành.',
  'Hội nghị đã đánh giá kết quả thực hiện nhiệm vụ năm qua và đề ra phương hướng cho năm tới.',
  'Theo báo cáo, toàn tỉnh có hơn {n} tập thể và cá nhân được đề nghị khen thưởng.',
  'Đồng chí Phó Chủ tịch Ủy ban nhân dân tỉnh đề nghị các đơn vị tiếp tục đổi mới phương thức chỉ đạo.',
  'Các địa phương cần rà soát, bổ sung kế hoạch, bảo đảm tiến độ và chất lượng.',
  'Việc giải quyết hồ sơ trực tuyến đạt tỷ lệ {n} phần trăm, tăng so với cùng kỳ.',
  'Kết thúc hội nghị, các đại biểu thống nhất ký cam kết thực hiện phong trào thi đua.',
];
const NAMES = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Hoàng Cường', 'Phạm Thu Dung', 'Hoàng Minh Đức', 'Vũ Thị Hà', 'Đặng Quốc Hùng'];

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)];
const pad = (n: number) => String(n).padStart(2, '0');

function body(r: () => number, chars: number, day: string): string {
  const paragraphs: string[] = [];
  let length = 0;
  while (length < chars) {
    const sentences = Array.from({ length: 2 + Math.floor(r() * 3) }, () => pick(r, SENTENCES).replace('{d}', day).replace('{n}', String(10 + Math.floor(r() * 900))));
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    length += paragraph.length + 2;
  }
  return paragraphs.join('\n\n');
}

export function generateLibrary(options: GenerateOptions): BackupFile {
  const r = rng(options.seed);
  const sites = Array.from({ length: options.sites }, (_, i) => ({
    name: `${UNITS[i % UNITS.length]} tỉnh ${PROVINCES[Math.floor(i / UNITS.length) % PROVINCES.length]}${i >= UNITS.length * PROVINCES.length ? ` ${i}` : ''}`,
    host: `site${i}.example.gov.vn`,
  }));
  const tagNames = Array.from({ length: options.tags }, (_, i) => `${pick(r, TOPICS).split(',')[0]} ${i + 1}`);
  const tags: Tag[] = tagNames.map((name, i) => ({ name, colour: `#${(0x100000 + i * 4099).toString(16).slice(-6)}`, description: '', createdAt: 1_500_000_000_000 }));
  const start = Date.UTC(2015, 0, 1);
  const span = Date.UTC(2025, 0, 1) - start;

  const clips: Clip[] = [];
  const snapshots: Snapshot[] = [];
  for (let i = 0; i < options.clips; i++) {
    const site = pick(r, sites);
    const date = new Date(start + Math.floor(r() * span));
    const day = `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
    const published = r() < 0.03 ? null : `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}T${pad(7 + Math.floor(r() * 10))}:${pad(Math.floor(r() * 60))}:00+07:00`;
    const url = `https://${site.host}/tin-tuc/bai-viet-${i}.html`;
    const title = `${pick(r, ACTIONS)} ${pick(r, TOPICS)} ${pick(r, SCOPES)} năm ${date.getUTCFullYear()}`;
    const author = pick(r, NAMES);
    const text = body(r, options.bodyChars, day);
    const detected: ArticleData = {
      url: `${url}?utm_source=zalo`,
      canonicalUrl: url,
      title,
      published,
      publishedText: published ? day : null,
      modified: null,
      modifiedText: null,
      dateCandidates: published ? [{ iso: published, text: day, source: 'text:date-line', score: 0.9 }] : [],
      authors: [author],
      signature: { text: `${author}\n${site.name}`, authors: [author], unit: site.name, source: null },
      bodyText: '',
      eventDates: [],
      lang: 'vi',
      site: site.name,
      isArticle: true,
      provenance: { title: { source: 'meta:og:title', confidence: 0.9 }, published: { source: 'text:date-line', confidence: 0.8 } },
    };
    const savedAt = 1_600_000_000_000 + i * 60_000;
    const clipTags = [...new Set(Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(r, tagNames)))];
    clips.push({
      id: `clip${String(i).padStart(6, '0')}`,
      url,
      aliases: [`${url}?utm_source=zalo`],
      title,
      published,
      modified: null,
      authors: [author],
      signature: detected.signature,
      site: site.name,
      lang: 'vi',
      tags: clipTags,
      detected,
      corrections: {},
      savedAt,
      updatedAt: savedAt,
    });
    snapshots.push({
      clipId: clips[i].id,
      html: text.split('\n\n').map((p) => `<p>${p}</p>`).join(''),
      text,
      takenAt: savedAt,
    });
  }

  const highlights: Highlight[] = [];
  for (let i = 0; i < options.highlights; i++) {
    const index = Math.floor(r() * clips.length);
    const clip = clips[index];
    const text = snapshots[index].text;
    const startAt = Math.floor(r() * Math.max(1, text.length - 120));
    const quote = text.slice(startAt, startAt + 40 + Math.floor(r() * 80)) || 'Hội nghị';
    highlights.push({
      id: `hl${String(i).padStart(7, '0')}`,
      clipId: clip.id,
      url: clip.url,
      selectors: [
        { type: 'TextQuoteSelector', exact: quote, prefix: text.slice(Math.max(0, startAt - 32), startAt), suffix: text.slice(startAt + quote.length, startAt + quote.length + 32) },
        { type: 'TextPositionSelector', start: startAt, end: startAt + quote.length, scope: 'article' },
      ],
      quote,
      colour: pick(r, COLOURS),
      note: r() < 0.3 ? 'Cần trao đổi lại với phòng chuyên môn về nội dung này.' : '',
      tags: r() < 0.2 ? [pick(r, tagNames)] : [],
      createdAt: clip.savedAt + 1_000,
      updatedAt: clip.savedAt + 1_000,
    });
  }

  return {
    format: 'portal-notes-backup',
    version: 1,
    exportedAt: new Date(1_700_000_000_000).toISOString(),
    clips,
    highlights,
    tags,
    settings: {},
    snapshots: options.snapshots ? snapshots : [],
  };
}
