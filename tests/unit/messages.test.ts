import { describe, expect, it } from 'vitest';
import { ProtocolError, dispatch, toErrorInfo } from '@/utils/messages';
import type { Handlers } from '@/utils/messages';

interface TestProtocol {
  echo: (p: { n: number }) => number;
  fails: (p: object) => void;
  crashes: (p: object) => void;
}

describe('dispatch', () => {
  const handlers: Handlers<TestProtocol> = {
    echo: (p) => p.n * 2,
    fails: () => {
      throw new ProtocolError('not-found', 'no such clip');
    },
    crashes: () => {
      throw new TypeError('boom');
    },
  };

  it('ignores messages that are not envelopes or have no handler (other listeners may answer)', () => {
    expect(dispatch<TestProtocol>(handlers, 'hello', {})).toBeUndefined();
    expect(dispatch<TestProtocol>(handlers, { type: 'unknown', payload: {} }, {})).toBeUndefined();
    expect(dispatch<TestProtocol>(handlers, null, {})).toBeUndefined();
  });

  it('wraps a handler value as ok', async () => {
    expect(await dispatch<TestProtocol>(handlers, { type: 'echo', payload: { n: 21 } }, {})).toEqual({ ok: true, value: 42 });
  });

  it('turns thrown errors into coded failures instead of losing them', async () => {
    expect(await dispatch<TestProtocol>(handlers, { type: 'fails', payload: {} }, {})).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'no such clip' },
    });
    expect(await dispatch<TestProtocol>(handlers, { type: 'crashes', payload: {} }, {})).toEqual({
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
