import { describe, expect, it } from 'vitest';
import { ProtocolError, dispatch, toErrorInfo } from '@/utils/messages';

describe('dispatch', () => {
  const handlers = {
    echo: (p: { n: number }) => p.n * 2,
    fails: () => {
      throw new ProtocolError('not-found', 'no such clip');
    },
    crashes: () => {
      throw new TypeError('boom');
    },
  };

  it('ignores messages that are not envelopes or have no handler (other listeners may answer)', () => {
    expect(dispatch(handlers, 'hello', {})).toBeUndefined();
    expect(dispatch(handlers, { type: 'unknown', payload: {} }, {})).toBeUndefined();
    expect(dispatch(handlers, null, {})).toBeUndefined();
  });

  it('wraps a handler value as ok', async () => {
    expect(await dispatch(handlers, { type: 'echo', payload: { n: 21 } }, {})).toEqual({ ok: true, value: 42 });
  });

  it('turns thrown errors into coded failures instead of losing them', async () => {
    expect(await dispatch(handlers, { type: 'fails', payload: {} }, {})).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'no such clip' },
    });
    expect(await dispatch(handlers, { type: 'crashes', payload: {} }, {})).toEqual({
      ok: false,
      error: { code: 'internal', message: 'boom' },
    });
  });

  it('maps a quota error to the quota code', () => {
    const err = new Error('disk full');
    err.name = 'QuotaExceededError';
    expect(toErrorInfo(err).code).toBe('quota');
  });
});
