/** Page furniture lines (counters, ratings, share/print links) are told apart from article text. */
import { describe, expect, it } from 'vitest';
import { isToolLine, withoutToolTail } from '@/utils/extract/page-tools';

describe('isToolLine', () => {
  it.each([
    'Lượt xem: 1.234', 'Số lượt xem: 356', 'Lượt truy cập: 12', 'Xem: 245', '1.024 lượt xem', 'Views: 1,204', '12 comments',
    'Đánh giá bài viết', 'Đánh giá bài viết: ★★★★☆ (3 đánh giá)', '(0 đánh giá)', 'Tổng số điểm của bài viết là: 0 trong 0 đánh giá',
    'Click để đánh giá bài viết', 'Bình chọn', '★★★★★',
    'In bài viết', 'In trang', 'Gửi email', 'Gửi cho bạn bè', 'Lưu bài viết', 'Quay lại', 'Về đầu trang', 'Back to top',
    'Chia sẻ', 'Chia sẻ: Facebook Zalo', 'Share on Facebook', 'Share this article', 'Cỡ chữ: A- A A+', 'A A A',
    'Số lượt xem: 356 | In bài viết | Gửi email', 'In trang  Quay lại  Đầu trang', 'In trang Quay lại Đầu trang', 'Print Email Share', 'Tin đã đăng: 1.234 | Tin trong ngày: 3', 'Đang truy cập: 12 | Hôm nay: 345 | Tổng lượt truy cập: 1.234.567', 'Lượt xem: 89 • Bình luận: 0'.replace('Bình luận: 0', '0 bình luận'),
    '(GMT+7)', 'GMT +7', 'Reklama', 'Anzeige', 'Publicidad', 'Lesedauer: 4 Minuten', 'Lesezeit: 5 Min.', '5 min read', 'Thời gian đọc: 3 phút', 'Ten tekst przeczytasz w 3 minuty',
    'Tempo de leitura: 1 minuto', 'Filed under: Politics |', 'Image copyright Getty Images', 'Story continues below advertisement', 'Diesen Artikel teilen', 'Partager cet article',
    'Published 3 hours ago', 'Updated yesterday', 'vor 2 Stunden', '3 giờ trước', 'Hôm qua lúc 10:30', 'an hour ago',
  ])('%s is furniture', (t) => expect(isToolLine(t)).toBe(true));

  it.each([
    'Đánh giá: đây là bước tiến quan trọng của ngành.', 'Xem: Quyết định số 125/QĐ-UBND', 'In 2024 the council met twice.',
    'Chia sẻ kinh nghiệm tổ chức phong trào thi đua', 'Fontane schrieb viele Romane.', 'Tác giả: Nguyễn Văn An | Lượt xem: 99',
    'Nguyễn Văn An', '2024', 'Back in top', 'Save the date', 'In X', '', 'Lượt xem tăng mạnh trong năm qua.', 'Sharing the load: a guide', 'Hôm nay: Thứ hai, 13/01/2025',
    'Read the full report here', 'Ten thousand people came', 'Reading time matters for us all', 'GMT changed its rules in 1972.', 'Image rights are a contested field in law.', 'Posted in haste, the letter arrived late.', 'Teilen ist wichtig für alle Beteiligten.', 'An official said the talks went well.', 'One of the boats sank an hour ago.', 'Hôm qua, đoàn công tác đã đến xã.',
  ])('%s is not', (t) => expect(isToolLine(t)).toBe(false));
});

describe('withoutToolTail', () => {
  it.each([
    ['Tác giả: Nguyễn Văn An | Lượt xem: 99', 'Tác giả: Nguyễn Văn An'],
    ['Nguồn: baochinhphu.vn | In bài viết | Gửi email', 'Nguồn: baochinhphu.vn'],
    ['Nguyễn Văn An • 1.024 lượt xem', 'Nguyễn Văn An'],
    ['Nguyễn Văn An | Trần Thị Bình', 'Nguyễn Văn An | Trần Thị Bình'],
    ['Lượt xem: 5 | In bài viết', 'Lượt xem: 5 | In bài viết'],
    ['Nguyễn Văn An', 'Nguyễn Văn An'],
  ])('%s → %s', (t, want) => expect(withoutToolTail(t)).toBe(want));
});
