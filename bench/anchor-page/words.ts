/**
 * Seeded randomness and invented Vietnamese administrative prose for the anchoring benchmark:
 * the generated 200 KB article, inserted paragraphs and replacement words. Our own word list;
 * sentences are random combinations, never copied text.
 */

/** A small, fast, seedable PRNG (mulberry32): same seed, same benchmark. */
export function createRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [min, max]. */
export function randomInt(rng: () => number, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

export function pick<T>(rng: () => number, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)];
}

const SUBJECTS = [
  'Ủy ban nhân dân tỉnh', 'Sở Nội vụ', 'Ban Thi đua, Khen thưởng', 'Hội đồng nhân dân huyện', 'Phòng Văn hóa và Thông tin',
  'Ủy ban Mặt trận Tổ quốc', 'các sở, ban, ngành', 'Trung tâm Y tế huyện', 'Đoàn công tác của tỉnh', 'lãnh đạo các xã, phường',
  'Sở Giáo dục và Đào tạo', 'Ban Chỉ đạo', 'Văn phòng Ủy ban', 'Hội Nông dân tỉnh', 'Công an huyện', 'Sở Tài chính',
  'Chi cục Kiểm lâm', 'Ban Quản lý dự án', 'Tổ công tác liên ngành', 'Thường trực Huyện ủy',
];
const VERBS = [
  'tổ chức', 'triển khai', 'kiểm tra', 'đề nghị', 'hướng dẫn', 'tổng kết', 'phối hợp thực hiện', 'ban hành', 'đánh giá',
  'báo cáo', 'rà soát', 'tuyên truyền', 'đôn đốc', 'tiếp nhận', 'giải quyết', 'xây dựng', 'thẩm định', 'phê duyệt',
  'tặng Bằng khen cho', 'giao nhiệm vụ cho',
];
const OBJECTS = [
  'công tác thi đua, khen thưởng', 'kế hoạch cải cách hành chính', 'phong trào thi đua yêu nước', 'hồ sơ đề nghị khen thưởng',
  'chương trình chuyển đổi số', 'nhiệm vụ phát triển kinh tế - xã hội', 'công tác phòng, chống thiên tai', 'dự án đường giao thông nông thôn',
  'việc tiếp công dân định kỳ', 'kết quả thực hiện Nghị quyết', 'đề án sắp xếp đơn vị hành chính', 'công tác bảo vệ rừng',
  'chính sách đối với người có công', 'quy chế làm việc của cơ quan', 'mô hình dân vận khéo', 'thủ tục hành chính trực tuyến',
  'kế hoạch tuyển dụng viên chức', 'công tác chăm sóc sức khỏe nhân dân', 'chương trình mục tiêu quốc gia', 'việc hòa giải ở cơ sở',
];
const TAILS = [
  'trong năm 2024', 'theo đúng quy định', 'tại hội trường Ủy ban', 'trên địa bàn huyện', 'trong thời gian tới', 'đạt kết quả tích cực',
  'với sự tham gia của đông đảo cán bộ', 'nhằm nâng cao chất lượng phục vụ người dân', 'từ ngày 01/4 đến ngày 15/4', 'cho giai đoạn 2021-2025',
  'ở các thôn, bản vùng sâu', 'kịp thời và hiệu quả', 'theo Kế hoạch số 45/KH-UBND', 'trước ngày 30 hằng tháng', 'góp phần giữ vững an ninh',
  'bảo đảm công khai, minh bạch', 'đúng tiến độ đã đề ra', 'với tổng kinh phí hơn 2 tỷ đồng', 'tại 12/12 xã, thị trấn', 'sau khi lấy ý kiến nhân dân',
];
const CONNECTORS = ['Đồng thời,', 'Bên cạnh đó,', 'Theo báo cáo,', 'Trong đó,', 'Qua kiểm tra,', 'Phát biểu tại buổi làm việc,', 'Tiếp đó,', 'Ngoài ra,'];

/** Single words to swap in when an edit changes a word. */
export const WORDS = [
  'cán bộ', 'nhân dân', 'kế hoạch', 'chỉ đạo', 'thực hiện', 'địa phương', 'hiệu quả', 'nhiệm vụ', 'phát triển', 'tăng cường',
  'quyết định', 'hội nghị', 'thành tích', 'đơn vị', 'xuất sắc', 'tích cực', 'trách nhiệm', 'kịp thời', 'cơ sở', 'nội dung',
].flatMap((w) => w.split(' '));

/** Sentences that real portals repeat across the page (footer notices, standard closing lines). */
export const BOILERPLATE = [
  'Mọi ý kiến đóng góp xin gửi về Văn phòng Sở Nội vụ, số 12 đường Trần Phú, thành phố Sông Mây.',
  'Đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện và báo cáo kết quả về Sở Nội vụ trước ngày 30 hằng tháng.',
  'Cổng thông tin điện tử tỉnh trân trọng cảm ơn bạn đọc đã quan tâm theo dõi.',
];

/** One invented sentence. */
export function sentence(rng: () => number): string {
  const parts = [pick(rng, SUBJECTS), pick(rng, VERBS), pick(rng, OBJECTS), pick(rng, TAILS)];
  if (rng() < 0.35) parts.unshift(pick(rng, CONNECTORS));
  if (rng() < 0.3) parts.push(pick(rng, TAILS));
  const text = parts.join(' ');
  return text[0].toUpperCase() + text.slice(1) + '.';
}

/** A paragraph of `min`..`max` sentences; now and then one of the boilerplate sentences. */
export function paragraph(rng: () => number, min = 2, max = 6): string {
  const out: string[] = [];
  const n = randomInt(rng, min, max);
  for (let i = 0; i < n; i++) out.push(rng() < 0.05 ? pick(rng, BOILERPLATE) : sentence(rng));
  return out.join(' ');
}
