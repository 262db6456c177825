import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyFields, scanLine } from '../../src/report/scan.js';
import { Durations } from '../../src/report/stats/durations.js';

function scan(line: string) {
  const bytes = Buffer.from(`${line}\n`, 'utf8');
  const text = bytes.toString('latin1');
  const out = emptyFields();
  const ok = scanLine(text, 0, bytes.length - 1, out, bytes);
  const t = out.t ?? (out.tStart >= 0 ? text.slice(out.tStart, out.tEnd) : undefined);
  return {
    ok,
    type: out.type,
    step: out.step,
    stage: out.stage,
    reason: out.reason,
    ms: out.ms,
    t,
    v: out.v,
  };
}

/** What JSON.parse says the same line holds. */
function reference(line: string) {
  let o: unknown;
  try {
    o = JSON.parse(line);
  } catch {
    return { ok: false };
  }
  if (typeof o !== 'object' || o === null || Array.isArray(o)) return { ok: false };
  const r = o as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
  return {
    ok: true,
    type: str(r.type),
    step: str(r.step),
    stage: str(r.stage),
    reason: str(r.reason),
    ms: num(r.ms),
    t: str(r.t),
    v: num(r.v),
  };
}

const value = fc.oneof(
  fc.string(),
  fc.constantFrom('enter', 'done', 'skip', 'greeting', 'é', 'বাদ', 'a"b', 'a\\b', '\u0001'),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 2 }),
);
const key = fc.constantFrom(
  't',
  'v',
  'type',
  'step',
  'stage',
  'reason',
  'ms',
  'other',
  'script',
  'skipped',
);

describe('scanLine', () => {
  it('reads what JSON.parse reads, on lines the writer makes and on any other', () => {
    fc.assert(
      fc.property(fc.dictionary(key, value), fc.boolean(), (object, spaced) => {
        const line = JSON.stringify(object, null, spaced ? 1 : undefined).replace(/\n/g, ' ');
        const got = scan(line);
        const want = reference(line);
        expect(got.ok).toBe(want.ok);
        if (want.ok) expect(got).toEqual(want);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses lines that are not JSON objects, however close they come', () => {
    for (const line of [
      '[1,2]',
      '"text"',
      '42',
      '{"type":"done"',
      '{"type":"done",}',
      '{"type":"done"}x',
      '{"ms":01}',
      '{"type":"a\u0001"}',
      '',
    ]) {
      expect(scan(line).ok, line).toBe(false);
    }
  });

  it('reads the script of a start line', () => {
    const line = JSON.stringify({
      v: 1,
      t: 'x',
      type: 'start',
      script: { id: 'retail', version: '1', sha256: 'ab' },
      agent: 'ana',
      locale: 'pt',
      vars: { a: 'b' },
    });
    const bytes = Buffer.from(`${line}\n`);
    const out = emptyFields();
    expect(scanLine(bytes.toString('latin1'), 0, bytes.length - 1, out, bytes)).toBe(true);
    expect([out.scriptId, out.scriptVersion, out.scriptSha, out.agent, out.locale]).toEqual([
      'retail',
      '1',
      'ab',
      'ana',
      'pt',
    ]);
  });
});

describe('medianAndP90', () => {
  it('matches sorting: mean of the middle two for an even count, nearest rank for p90', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 300 }),
        (list) => {
          const sorted = [...list].sort((a, b) => a - b);
          const n = sorted.length;
          const median =
            n % 2
              ? sorted[(n - 1) / 2]
              : ((sorted[n / 2 - 1] as number) + (sorted[n / 2] as number)) / 2;
          const p90 = sorted[Math.ceil((9 * n) / 10) - 1];
          const durations = new Durations();
          for (const v of list) durations.add(v);
          expect(durations.medianAndP90()).toEqual({ median, p90 });
        },
      ),
    );
    expect(new Durations().medianAndP90()).toEqual({ median: null, p90: null });
  });
});
