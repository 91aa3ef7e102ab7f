import { describe, expect, it } from 'vitest';
import { errorText } from '@/utils/content/errors';
import { createI18n } from '@/utils/i18n';
import { ProtocolError } from '@/utils/messages';

const vi = createI18n('vi').t;
const en = createI18n('en').t;

describe('errorText', () => {
  it('says in the UI language that the disk is full and that nothing saved before is lost', () => {
    const err = new ProtocolError('quota', 'Storage is full: the browser refused the write. Nothing was saved.');
    expect(errorText(err, vi)).toMatch(/^Bộ nhớ của trình duyệt đã đầy.*vẫn còn nguyên/);
    expect(errorText(err, en)).toMatch(/^The browser's storage is full.*intact/);
  });

  it('adds the database explanation for an invalid record', () => {
    const err = new ProtocolError('invalid', 'Invalid highlight: note: too long');
    expect(errorText(err, vi)).toBe('Đã xảy ra lỗi. Invalid highlight: note: too long');
  });

  it('says plainly that an answer never came, and that nothing saved is lost', () => {
    const err = new ProtocolError('timeout', 'No answer to "highlight:create" within 30 s');
    expect(errorText(err, vi)).toMatch(/^Tiện ích không nhận được phản hồi kịp thời.*vẫn còn nguyên\.$/);
    expect(errorText(err, en)).toMatch(/^The extension got no answer in time/);
  });

  it('tells the user to reload when the background cannot be reached', () => {
    expect(errorText(new ProtocolError('no-receiver', 'No handler answered "highlight:create"'), vi)).toMatch(/^Không liên lạc được với tiện ích/);
    expect(errorText(new Error('Could not establish connection. Receiving end does not exist.'), en)).toMatch(/^The extension did not answer/);
  });

  it('keeps internal details (stack-like messages) out of the page', () => {
    expect(errorText(new TypeError('x is undefined'), en)).toBe('Something went wrong.');
  });

  it('shortens a long explanation', () => {
    const text = errorText(new ProtocolError('invalid', `Invalid highlight: ${'quote too long; '.repeat(30)}`), en);
    expect(text.length).toBeLessThanOrEqual('Something went wrong. '.length + 160);
    expect(text.endsWith('…')).toBe(true);
  });
});
