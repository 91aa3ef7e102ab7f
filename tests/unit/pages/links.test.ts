import { describe, expect, it } from 'vitest';
import { clipHash, clipIdFromHash, libraryPath } from '@/utils/pages/links';

describe('Library links', () => {
  it('round-trip a clip id through the address', () => {
    const id = '01J0CLIP/ĐẶC BIỆT#1';
    expect(libraryPath(id)).toBe(`/library.html${clipHash(id)}`);
    expect(clipIdFromHash(clipHash(id))).toBe(id);
    expect(libraryPath()).toBe('/library.html');
    expect(clipHash(null)).toBe('');
  });

  it('ignore hashes that are not a clip link', () => {
    for (const h of ['', '#', '#clip=', '#tags', '#clip=%E0%A4%A', `#clip=${'x'.repeat(300)}`, '#clip=a&b=c']) expect(clipIdFromHash(h), h).toBeNull();
  });
});
