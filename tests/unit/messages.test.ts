import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MESSAGE_TIMEOUT_MS, ProtocolError, dispatch, sendToTab, toErrorInfo, withTimeout } from '@/utils/messages';
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

describe('withTimeout', () => {
  it('passes an answer through, and turns silence into a coded timeout', async () => {
    vi.useFakeTimers();
    try {
      await expect(withTimeout(Promise.resolve(7), 1000, 'echo')).resolves.toBe(7);
      const silent = withTimeout(new Promise<number>(() => {}), 20_000, 'content:capture');
      const caught = silent.catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(20_000);
      const err = (await caught) as ProtocolError;
      expect(err).toBeInstanceOf(ProtocolError);
      expect(err.code).toBe('timeout');
      expect(err.message).toBe('No answer to "content:capture" within 20 s');
    } finally {
      vi.useRealTimers();
    }
  });

  it('is what sendToTab uses, so a frozen tab cannot hang the popup', async () => {
    vi.useFakeTimers();
    const spy = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(() => new Promise(() => {}));
    try {
      const caught = sendToTab(3, 'content:detect', {}).catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(MESSAGE_TIMEOUT_MS.tab);
      expect(await caught).toMatchObject({ code: 'timeout' });
    } finally {
      spy.mockRestore();
      vi.useRealTimers();
    }
  });
});
