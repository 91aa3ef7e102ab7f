/**
 * An invented SharePoint-style portal article (our own words, real shapes): banner, menu,
 * breadcrumb, title, date, body, signature, related-news list with a teaser that repeats a body
 * sentence, and a footer whose boilerplate also appears inside the body.
 */

export const BOILERPLATE = 'Mọi ý kiến đóng góp xin gửi về Văn phòng Sở Nội vụ, số 12 đường Trần Phú, thành phố Hòa Bình.';

export const PARAGRAPHS = [
  'Sáng ngày 12/3/2024, Sở Nội vụ tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023 và triển khai nhiệm vụ năm 2024.',
  'Tham dự hội nghị có đồng chí Nguyễn Văn Hòa, Phó Chủ tịch Ủy ban nhân dân tỉnh, cùng lãnh đạo các sở, ban, ngành và các huyện, thị xã.',
  'Năm 2023, phong trào thi đua yêu nước được triển khai sâu rộng, gắn với việc thực hiện các nhiệm vụ chính trị của địa phương.',
  BOILERPLATE,
  'Hội đồng Thi đua, Khen thưởng tỉnh đã xét và đề nghị tặng thưởng 45 tập thể, 120 cá nhân có thành tích xuất sắc.',
  'Phát biểu chỉ đạo, đồng chí Phó Chủ tịch đề nghị các đơn vị tiếp tục đổi mới nội dung, hình thức tổ chức các phong trào thi đua.',
];

/** Body markup; `paragraphs` lets a test edit the article. */
export function portalPage(paragraphs: string[] = PARAGRAPHS): string {
  return `
  <div id="banner">Cổng thông tin điện tử Sở Nội vụ tỉnh Hòa Bình</div>
  <ul class="menu"><li>Trang chủ</li><li>Tin tức</li><li>Văn bản</li></ul>
  <div class="breadcrumb">Trang chủ / Thi đua khen thưởng</div>
  <div class="ms-rtestate-field">
    <h1>Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023</h1>
    <div class="date">(15:32 | 12/03/2024)</div>
    <article id="content">
      ${paragraphs.map((p) => `<p>${p}</p>`).join('\n      ')}
      <p style="text-align:right"><strong>Nguyễn Thị Mai</strong></p>
    </article>
  </div>
  <div class="related"><h3>Tin liên quan</h3>
    <ul>
      <li>Hội đồng Thi đua, Khen thưởng tỉnh đã xét và đề nghị tặng thưởng 45 tập thể (12/03/2024)</li>
      <li>Triển khai kế hoạch cải cách hành chính năm 2024 (05/03/2024)</li>
    </ul>
  </div>
  <div class="footer"><p>${BOILERPLATE}</p><p>Trưởng Ban biên tập: Trần Văn Bình</p></div>`;
}
