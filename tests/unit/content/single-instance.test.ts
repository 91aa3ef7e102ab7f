import { describe, expect, it } from 'vitest';
import { INSTANCE_KEY, takeOverPage } from '@/utils/content/single-instance';

describe('takeOverPage', () => {
  it('stops the instance that ran before, so a page never runs two', () => {
    const scope: Record<string, unknown> = {};
    const log: string[] = [];
    takeOverPage(scope, () => log.push('first stopped'));
    expect(log).toEqual([]);
    takeOverPage(scope, () => log.push('second stopped'));
    expect(log).toEqual(['first stopped']);
  });

  it('unregisters only while still the running instance', () => {
    const scope: Record<string, unknown> = {};
    const releaseFirst = takeOverPage(scope, () => {});
    const second = () => {};
    const releaseSecond = takeOverPage(scope, second);
    releaseFirst();
    expect(scope[INSTANCE_KEY]).toBe(second);
    releaseSecond();
    expect(INSTANCE_KEY in scope).toBe(false);
  });
});
