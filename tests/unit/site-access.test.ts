import { describe, expect, it } from 'vitest';
import { registrationId, siteAccess, sitePattern, userOrigins } from '@/utils/site-access';

describe('site access', () => {
  it.each([
    ['https://www.example.com/news/a?x=1#y', 'https://www.example.com/*'],
    ['http://tinhxyz.vn/tin-tuc/a.html', 'http://tinhxyz.vn/*'],
    ['chrome://extensions', null],
    ['file:///home/a.html', null],
    ['not a url', null],
  ])('pattern of %s is %s', (url, pattern) => {
    expect(sitePattern(url)).toBe(pattern);
  });

  it('classes portals, user-enabled sites and the rest', () => {
    const granted = ['https://www.example.com/*'];
    expect(siteAccess('https://snv.songmay.gov.vn/Pages/a.aspx', granted)).toBe('portal');
    expect(siteAccess('https://baochinhphu.vn/a-102.htm', granted)).toBe('portal');
    expect(siteAccess('https://www.example.com/story', granted)).toBe('enabled');
    expect(siteAccess('https://other.example.com/story', granted)).toBe('not-enabled');
    expect(siteAccess('about:blank', granted)).toBe('unsupported');
  });

  it('does not mistake a look-alike host for a portal', () => {
    expect(siteAccess('https://gov.vn.example.com/a', [])).toBe('not-enabled');
    expect(siteAccess('https://notbaochinhphu.vn/a', [])).toBe('not-enabled');
  });

  it('keeps only single-site origins the user granted', () => {
    expect(
      userOrigins(['*://*.gov.vn/*', 'https://a.com/*', 'https://*/*', 'http://b.org/*'], ['*://*.gov.vn/*']),
    ).toEqual(['https://a.com/*', 'http://b.org/*']);
    expect(registrationId('https://a.com/*')).toBe('site:https://a.com/*');
  });
});
