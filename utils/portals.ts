/**
 * Sites the content script runs on without asking: Vietnamese government portals and the
 * government/party press. Everything else is enabled per site by the user through optional
 * host permissions (see utils/site-access.ts).
 */

/** Provincial and city party/government newspapers (Chrome's `*.` also matches the bare domain). */
const PROVINCIAL_PRESS = [
  'baobacninh.vn', 'baocaobang.vn', 'baocantho.com.vn', 'baodaklak.vn', 'baodanang.vn',
  'baodienbienphu.info.vn', 'baodongnai.com.vn', 'baodongthap.vn', 'baogialai.com.vn',
  'baohagiang.vn', 'baohaiduong.vn', 'baohatinh.vn', 'baohungyen.vn', 'baokhanhhoa.vn',
  'baolaichau.vn', 'baolaocai.vn', 'baolamdong.vn', 'baolangson.vn', 'baolongan.vn',
  'baonamdinh.vn', 'baonghean.vn', 'baophutho.vn', 'baoquangbinh.vn', 'baoquangnam.vn',
  'baoquangninh.vn', 'baoquangtri.vn', 'baosonla.vn', 'baotayninh.vn', 'baothainguyen.vn',
  'baothanhhoa.vn', 'baotuyenquang.com.vn', 'baovinhlong.com.vn', 'baovinhphuc.com.vn',
  'baoyenbai.com.vn', 'hanoimoi.vn', 'sggp.org.vn', 'baothuathienhue.vn', 'baobinhduong.vn',
];

/** Central government and party outlets. */
const CENTRAL = ['chinhphu.vn', 'baochinhphu.vn', 'dangcongsan.vn', 'nhandan.vn', 'qdnd.vn', 'vietnamplus.vn'];

/** Match patterns for the manifest's host permissions and the content script. */
export const PORTAL_MATCHES: string[] = [
  '*://*.gov.vn/*',
  ...[...CENTRAL, ...PROVINCIAL_PRESS].map((host) => `*://*.${host}/*`),
];

/** True when the URL's host is one of the portals we run on by default. */
export function isDefaultPortal(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  if (host === 'gov.vn' || host.endsWith('.gov.vn')) return true;
  return [...CENTRAL, ...PROVINCIAL_PRESS].some((h) => host === h || host.endsWith('.' + h));
}
