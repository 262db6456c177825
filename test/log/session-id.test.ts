import { describe, expect, it } from 'vitest';
import {
  createSessionIdGenerator,
  isSessionId,
  newSessionId,
  SESSION_ID,
  sessionIdTime,
} from '../../src/log/session-id.js';

const fill = (byte: number) => (size: number) => new Uint8Array(size).fill(byte);

describe('session ids', () => {
  it('are 26 Crockford base32 characters that carry their time', () => {
    const now = Date.UTC(2026, 10, 23, 14, 32, 1, 123);
    const id = newSessionId(now);
    expect(id).toMatch(SESSION_ID);
    expect(isSessionId(id)).toBe(true);
    expect(sessionIdTime(id)).toBe(now);
    expect(isSessionId('01KAQ3Z8X0ABCDEFGHJKMNPQRI')).toBe(false);
    expect(sessionIdTime('../etc/passwd')).toBeUndefined();
  });

  it('10,000 ids made in a tight loop are unique and sort in creation order', () => {
    const ids: string[] = [];
    for (let i = 0; i < 10_000; i++) ids.push(newSessionId(Date.now()));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });

  it('differ within one millisecond, and still increase', () => {
    const next = createSessionIdGenerator();
    const now = Date.UTC(2026, 0, 1);
    const ids = Array.from({ length: 10_000 }, () => next(now));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    expect(ids.every((id) => sessionIdTime(id) === now)).toBe(true);
  });

  it('from two independent generators (two processes) in the same ms differ', () => {
    const now = Date.UTC(2026, 0, 1);
    const a = createSessionIdGenerator();
    const b = createSessionIdGenerator();
    for (let i = 0; i < 1000; i++) expect(a(now)).not.toBe(b(now));
  });

  it('sort by time whatever their random part', () => {
    const high = createSessionIdGenerator(fill(0xff));
    const low = createSessionIdGenerator(fill(0x00));
    const times = [0, 1, 999, 1_000, 2 ** 32, Date.UTC(2026, 0, 1), 2 ** 48 - 2];
    for (let i = 1; i < times.length; i++) {
      const earlier = high(times[i - 1] as number);
      const later = low(times[i] as number);
      expect(earlier < later).toBe(true);
    }
  });

  it('keep increasing when the clock steps back or the random part overflows', () => {
    const next = createSessionIdGenerator(fill(0xff));
    const first = next(5_000);
    const second = next(5_000); // random part overflows: moves to the next ms
    const third = next(4_000); // clock stepped back
    expect(first < second && second < third).toBe(true);
    expect(sessionIdTime(second)).toBe(5_001);
  });
});
