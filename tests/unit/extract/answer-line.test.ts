/**
 * A question-and-answer page without a labelled record: the question and the answer in plain boxes, the
 * answer closed by the office that gave it (`Sở Nội vụ tỉnh Sông Mây trả lời ngày 09/10/2026`). That office
 * signs it and that day is its date, not the day the question was sent.
 */
import { describe, expect, it } from 'vitest';
import { extract, portalPage } from './helpers';

const page = (answerBy: string, meta = '<div class="qa-meta">Người hỏi: Trần Văn Hùng (xã Tân Khê) - Ngày gửi: 02/10/2026</div>') =>
  portalPage(`<div class="qa-detail"><h1>Hỏi về thời gian nâng bậc lương trước thời hạn</h1>${meta}
  <div class="question"><p><b>Câu hỏi:</b></p><p>Tôi là công chức cấp xã, đã có thông báo nghỉ hưu từ tháng 3/2027. Xin hỏi tôi có được xét nâng bậc lương trước thời hạn không, và hồ sơ gồm những gì?</p></div>
  <div class="answer"><p><b>Trả lời:</b></p><p>Về vấn đề ông hỏi, Sở Nội vụ trả lời như sau: theo quy định hiện hành, công chức đã có thông báo nghỉ hưu mà trong thời gian giữ bậc hoàn thành tốt nhiệm vụ thì được xét nâng một bậc lương trước thời hạn 12 tháng.</p>
  <p>Hồ sơ do cơ quan quản lý công chức lập và gửi Phòng Nội vụ huyện thẩm định trước khi trình cấp có thẩm quyền quyết định.</p>
  ${answerBy}</div></div>`);
const URL = 'https://snv.songmay.gov.vn/hoi-dap/58.html';

describe('an answer closed by the office that gave it', () => {
  it.each([
    ['<p class="answer-by"><i>Sở Nội vụ tỉnh Sông Mây trả lời ngày 09/10/2026</i></p>', 'Sở Nội vụ tỉnh Sông Mây'],
    ['<p style="text-align:right"><b>Phòng Nội vụ huyện Tân Khê đã trả lời vào ngày 9/10/2026.</b></p>', 'Phòng Nội vụ huyện Tân Khê'],
    ['<p><i>(Sở Nội vụ tỉnh Sông Mây giải đáp ngày 09 tháng 10 năm 2026)</i></p>', 'Sở Nội vụ tỉnh Sông Mây'],
  ])('%s', (answerBy, unit) => {
    const d = extract(page(answerBy), URL);
    expect(d.signature?.unit).toBe(unit);
    expect(d.signature?.authors).toEqual([]);
    expect(d.provenance.signature?.source).toBe('signature:answer');
    expect(d.published).toBe('2026-10-09');
    expect(d.provenance.published?.source).toBe('document:answered');
    expect(d.bodyText).toContain('Hồ sơ do cơ quan quản lý công chức lập');
    expect(d.bodyText).not.toContain('trả lời ngày');
  });

  it('without a date, the office still signs and the page keeps the date it shows', () => {
    const d = extract(page('<p><i>Sở Nội vụ tỉnh Sông Mây trả lời</i></p>'), URL);
    expect(d.signature?.unit).toBe('Sở Nội vụ tỉnh Sông Mây');
    expect(d.published).toBe('2026-10-02');
  });

  it('a news article whose last line reports who answered what is not signed by it', () => {
    const d = extract(page('<p>Tại buổi làm việc, lãnh đạo Sở Nội vụ tỉnh Sông Mây trả lời ngày 09/10/2026 các kiến nghị của cử tri về chế độ chính sách, đồng thời ghi nhận những đề xuất để nghiên cứu, tham mưu giải quyết trong thời gian tới.</p>', ''), URL);
    expect(d.provenance.signature?.source).not.toBe('signature:answer');
  });
});
