import { describe, expect, it } from 'vitest';
import { whenQuiet } from '@/utils/content/navigation';
import { sameDocument } from '@/utils/url';
import { FakeClock, manualObserver } from './helpers';

describe('sameDocument', () => {
  it('ignores the fragment only', () => {
    expect(sameDocument('https://a.gov.vn/tin/1.html', 'https://a.gov.vn/tin/1.html#binh-luan')).toBe(true);
    expect(sameDocument('https://a.gov.vn/tin/1.html#a', 'https://a.gov.vn/tin/1.html#b')).toBe(true);
    expect(sameDocument('https://a.gov.vn/tin/1.html', 'https://a.gov.vn/tin/2.html')).toBe(false);
    expect(sameDocument('https://a.gov.vn/tin?id=1', 'https://a.gov.vn/tin?id=2')).toBe(false);
  });
});

describe('whenQuiet', () => {
  const setup = (quietMs = 500, maxMs = 5000) => {
    const clock = new FakeClock();
    const observer = manualObserver();
    let resolved = false;
    const q = whenQuiet({ target: {} as Node, createObserver: observer.create, clock, quietMs, maxMs });
    void q.done.then(() => (resolved = true));
    const flush = () => new Promise((r) => setTimeout(r, 0));
    return { clock, observer, q, flush, resolved: () => resolved };
  };

  it('waits until the DOM has not changed for the quiet time', async () => {
    const s = setup();
    s.clock.advance(300);
    s.observer.state.fire();
    s.clock.advance(300);
    await s.flush();
    expect(s.resolved()).toBe(false);
    s.clock.advance(250);
    await s.flush();
    expect(s.resolved()).toBe(true);
    expect(s.observer.state.observing).toBe(false);
  });

  it('gives up waiting on a page that never stops changing', async () => {
    const s = setup(500, 2000);
    for (let t = 0; t < 1900; t += 100) {
      s.observer.state.fire();
      s.clock.advance(100);
    }
    await s.flush();
    expect(s.resolved()).toBe(false);
    s.clock.advance(100);
    await s.flush();
    expect(s.resolved()).toBe(true);
  });

  it('resolves at once when cancelled', async () => {
    const s = setup();
    s.q.cancel();
    await s.flush();
    expect(s.resolved()).toBe(true);
    expect(s.observer.state.observing).toBe(false);
  });
});
