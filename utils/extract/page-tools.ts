/**
 * Page furniture written as text lines around an article: view counters (`Lượt xem: 1.234`), rating
 * widgets (`Đánh giá bài viết (0 đánh giá)`), print / e-mail / share / back links and font-size
 * controls, alone or several on one line (`Số lượt xem: 356 | In bài viết | Gửi email`).
 * None of it is article text or part of a signature.
 */

const NETWORK = '(?:facebook|zalo|twitter|x|email|e-mail|linkedin|messenger|telegram|whatsapp|pinterest|reddit|mastodon|bluesky|threads|tumblr|viber|google\\+?)';
const N = '\\d[\\d.,]*';

/** One segment of a tool line, matched whole (case-insensitive, NFC text). */
const SEGMENT = new RegExp(
  '^(?:' +
    [
      // counters
      `(?:tổng\\s+)?(?:số\\s+)?(?:lượt|lần)\\s+(?:xem|đọc|truy cập|tải(?:\\s+về)?|in|thích|nghe|chia sẻ|bình luận)\\s*[:：]?\\s*${N}(?:\\s*lượt|\\s*lần)?`,
      `(?:đã\\s+)?(?:xem|đọc|truy cập)\\s*[:：]\\s*${N}(?:\\s*(?:lượt|lần))?`,
      `${N}\\s*(?:lượt\\s+(?:xem|đọc|truy cập|thích|chia sẻ|tải|bình luận)|lần\\s+(?:xem|đọc)|views?|reads?|hits?|bình luận|comments?|likes?|shares?)`,
      `(?:views?|hits?|reads?|page views?)\\s*[:：]\\s*${N}`,
      // the site's visitor widget (`Đang truy cập: 12 | Hôm nay: 345 | Tổng lượt truy cập: 1.234.567`)
      `(?:đang\\s+(?:truy cập|online|trực tuyến|xem)|trực tuyến|online|hôm nay|hôm qua|tuần này|tháng này|năm nay|tất cả|tổng(?:\\s+số)?(?:\\s+lượt)?(?:\\s+truy cập)?|(?:số\\s+)?tin đã đăng|tin trong ngày|khách|thành viên|visitors?|online now)\\s*[:：]\\s*${N}`,
      // ratings
      `(?:đánh giá|bình chọn|chấm điểm)(?:\\s+(?:bài viết|bài|tin|tin bài|bài này|tin này))?\\s*[:：]?\\s*[★☆✩✭✰⭐\\s]*(?:\\(?\\s*${N}(?:\\s*\\/\\s*${N})?\\s*(?:lượt\\s+)?(?:đánh giá|bình chọn|điểm|sao)?\\s*\\)?)?`,
      `tổng\\s+số\\s+điểm(?:\\s+(?:của\\s+)?(?:bài viết|bài|tin))?(?:\\s+là)?\\s*[:：]?\\s*${N}(?:\\s*trong\\s*${N}\\s*(?:lượt\\s+)?(?:đánh giá|bình chọn))?`,
      `(?:click|nhấn|bấm|nhấp)(?:\\s+(?:vào|chuột))?(?:\\s+(?:đây|để))*\\s+(?:đánh giá|bình chọn)(?:\\s+(?:bài viết|bài|tin))?`,
      `\\(?\\s*${N}\\s*(?:lượt\\s+)?(?:đánh giá|bình chọn|votes?|ratings?)\\s*\\)?`,
      `(?:rate this(?: article| post| page)?|rating\\s*[:：]?\\s*${N}(?:\\s*\\/\\s*${N})?)`,
      '[★☆✩✭✰⭐]+',
      // print, send, save, share, back
      '(?:in|bản in|in bài(?: viết)?|in trang|in tin|in văn bản|print(?: this)?(?: article| page)?)',
      '(?:gửi|gởi)(?:\\s+(?:email|e-mail|mail|bài(?: viết)?|tin(?: bài)?|cho bạn(?: bè)?|bạn bè))+',
      '(?:lưu(?:\\s+(?:bài(?: viết)?|tin|lại))?|tải về|download|save)',
      `(?:chia sẻ|share)(?:\\s+(?:bài viết|bài|tin|this(?: article| page| story)?|qua|lên|trên|on|via))*\\s*[:：]?(?:\\s*${NETWORK}(?:\\s*[,;]?\\s*${NETWORK})*)?`,
      NETWORK,
      'tweet',
      '(?:quay\\s+(?:lại|về)|trở\\s+(?:về|lại)|(?:về|lên)?\\s*đầu trang|back(?: to top)?|top)',
      '(?:góp ý|phản hồi|bình luận|ý kiến(?: bạn đọc)?|comments?)',
      '(?:xem với\\s+)?cỡ chữ.*|font size\\b.*|a-?\\s*a\\+?(?:\\s*a\\+?)?',
      '(?:copy link|sao chép liên kết|link copied|đã sao chép)',
      // a relative time shown instead of a date (`Published 3 hours ago`, `vor 2 Stunden`, `3 giờ trước`)
      `(?:(?:published|updated|posted|veröffentlicht|aktualisiert|publié|mis à jour|đăng|cập nhật)\\s*:?\\s*)?(?:(?:${N}|an?|one)\\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago|vor\\s+${N}\\s+(?:sekunden|minuten|stunden|tagen|wochen|monaten)|il y a\\s+${N}\\s+(?:secondes?|minutes?|heures?|jours?)|${N}\\s*(?:giây|phút|giờ|ngày|tuần|tháng)\\s+trước|yesterday|just now|gestern|hier|hôm qua(?:\\s+lúc\\s+\\d{1,2}[:h]\\d{2})?)`,
      // taxonomy and picture-agency lines (`Filed under: Politics |`, `Image copyright Getty Images`)
      '(?:filed under|posted in)\\s*[:：].{0,150}',
      'image copyright\\s.{1,80}',
      // advertising breaks and share prompts in other languages
      '(?:story|article) continues below(?: this)? advertisement|continue reading below|advertisement\\s*[-–]\\s*scroll to continue|weiterlesen nach der (?:anzeige|werbung)',
      '(?:diesen artikel |artikel )?teilen|partager(?: cet article)?|compartir(?: este artículo)?|condividi',
      'listen to (?:this )?article.*|nghe (?:bài viết|đọc bài)',
      '(?:advertisement|anzeige|publicité|werbung|quảng cáo|reklama|publicidad|pubblicità|advertentie|sponsored|gesponsert)',
      // reading time (`Lesedauer: 4 Minuten`, `5 min read`, `Ten tekst przeczytasz w 3 minuty`)
      `(?:lesedauer|lesezeit|reading time|read time|temps de lecture|tiempo de lectura|tempo de leitura|czas czytania|thời gian đọc)\\s*[:：]?\\s*(?:ca\\.\\s*)?${N}\\s*(?:min\\.?|minuten|minutes?|minutos?|minut[y]?|phút)`,
      `${N}\\s*(?:min\\.?|minutes?|mins)\\s+(?:read|lesezeit|de lecture|de lectura)`,
      `ten tekst przeczytasz w\\s*${N}\\s*minut[y]?`,
      // the time zone on a line of its own, under or after the date line
      '\\(?\\s*(?:gmt|utc)\\s*(?:[+-]\\s*\\d{1,2}(?::?\\d{2})?)?\\s*\\)?',
    ].join('|') +
    ')$',
  'iu',
);

/** The words a segment can start with: a line starting with anything else is text (a cheap test before the full one). */
const START = /^(?:[\d(★☆✩✭✰⭐]|(?:tổng|số|lượt|lần|đã|xem|đọc|truy|views?|hits?|reads?|page|đang|trực|online|hôm|tuần|tháng|năm|tất|tin|khách|thành|visitors?|đánh|bình|chấm|click|nhấn|bấm|nhấp|rate|rating|in|bản|print|gửi|gởi|lưu|tải|download|save|chia|share|facebook|zalo|twitter|x|email|e-mail|linkedin|messenger|telegram|whatsapp|pinterest|reddit|mastodon|bluesky|threads|tumblr|viber|google|tweet|quay|trở|về|lên|đầu|back|top|góp|phản|ý|comments?|cỡ|font|a|copy|sao|link|listen|nghe|advertisement|anzeige|publicité|werbung|quảng|gmt|utc|reklama|publicidad|pubblicità|advertentie|sponsored|gesponsert|lesedauer|lesezeit|reading|read|temps|tiempo|czas|thời|ten|story|article|continue|weiterlesen|diesen|artikel|teilen|partager|compartir|condividi|tempo|filed|posted|image|published|updated|veröffentlicht|aktualisiert|publié|mis|đăng|cập|an?|one|vor|il|yesterday|just|gestern|hier|hôm)(?![\p{L}\p{M}]))/iu;

const SEPARATOR = /\s*[|•·]\s*|\t|\s{3,}|\s+[-–—/]\s+/u;

/** A line that is only page furniture: each of its parts is a counter, rating, share/print/back link or size control. */
export function isToolLine(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > 200 || !START.test(t) || !/[\p{L}★☆✩✭✰⭐]/u.test(t)) return false;
  if (SEGMENT.test(t)) return true;
  const parts = t.split(SEPARATOR).filter((p) => p && /[\p{L}\p{N}★☆✩✭✰⭐]/u.test(p));
  return parts.length > 0 && parts.every((p) => SEGMENT.test(p.trim()) || isToolRun(p.trim()));
}

/** A one-word segment inside a run: long enough not to be an ordinary word (`in`, `x`, `top`, `back` are). */
const RUN_WORD = /^(?!(?:back|save|like|top)$)[\p{L}+]{4,}$|^[★☆✩✭✰⭐]+$/iu;

/** Links set side by side with only spaces between (`In trang Quay lại Đầu trang`): can the words be cut into tool segments? */
function isToolRun(part: string): boolean {
  const words = part.split(/\s+/);
  if (words.length < 2 || part.length > 80) return false;
  // ok[i]: words[i..] can be cut into segments; a segment is at most 12 words
  const ok: boolean[] = new Array(words.length + 1).fill(false);
  ok[words.length] = true;
  for (let i = words.length - 1; i >= 0; i--) {
    for (let j = i + 1; j <= Math.min(words.length, i + 12) && !ok[i]; j++) {
      if (ok[j] && (j - i > 1 || RUN_WORD.test(words[i])) && SEGMENT.test(words.slice(i, j).join(' '))) ok[i] = true;
    }
  }
  return ok[0];
}

/**
 * `Tác giả: Lê Hà | Lượt xem: 99` → `Tác giả: Lê Hà`: furniture after the last `|`-separated part that
 * carries text is cut off. A line that is all furniture, or has none, comes back unchanged.
 */
export function withoutToolTail(text: string): string {
  if (text.length > 300 || !/[|•·\t]/.test(text)) return text;
  const parts = text.split(/(\s*[|•·]\s*|\t)/u);
  let end = parts.length;
  while (end > 0) {
    const p = parts[end - 1];
    if (/^\s*[|•·]\s*$|^\t$/.test(p) || !p.trim() || SEGMENT.test(p.trim())) end--;
    else break;
  }
  if (end === parts.length || end === 0) return text;
  return parts.slice(0, end).join('').trim();
}
