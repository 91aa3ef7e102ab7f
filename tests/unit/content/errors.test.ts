import { describe, expect, it } from 'vitest';
import { errorText } from '@/utils/content/errors';
import { createI18n } from '@/utils/i18n';
import { ProtocolError } from '@/utils/messages';

const vi = createI18n('vi').t;
const en = createI18n('en').t;

describe('errorText', () => {
  it('says what failed in the UI language, with the database explanation for a full disk', () => {
    const err = new ProtocolError('quota', 'Storage is full: the browser refused the write. Nothing was saved.');
    expect(errorText(err, vi)).toBe('Đã xảy ra lỗi. Storage is full: the browser refused the write. Nothing was saved.');
    expect(errorText(err, en)).toMatch(/^Something went wrong\. Storage is full/);
  });

  it('keeps internal details (stack-like messages, unreachable background) out of the page', () => {
    expect(errorText(new ProtocolError('no-receiver', 'No handler answered "highlight:create"'), vi)).toBe('Đã xảy ra lỗi.');
    expect(errorText(new TypeError('x is undefined'), en)).toBe('Something went wrong.');
  });

  it('shortens a long explanation', () => {
    const text = errorText(new ProtocolError('invalid', `Invalid highlight: ${'quote too long; '.repeat(30)}`), en);
    expect(text.length).toBeLessThanOrEqual('Something went wrong. '.length + 160);
    expect(text.endsWith('…')).toBe(true);
  });
});
