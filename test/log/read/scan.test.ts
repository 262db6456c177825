import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineFields } from '../../../src/log/read/scan/fields.js';
import { KEY_IDS, keyId } from '../../../src/log/read/scan/keys.js';
import { scanLine } from '../../../src/log/read/scan/scan.js';
import { isTimeAt, timeOf } from '../../../src/log/read/scan/time.js';
import { Durations } from '../../../src/report/stats/durations.js';

/** Plain fields (strings, numbers, booleans), by key and by the name of their field. */
const PLAIN: Readonly<Record<string, keyof LineFields>> = {
  type: 'type',
  v: 'v',
  ms: 'ms',
  step: 'step',
  stage: 'stage',
  reason: 'reason',
  status: 'status',
  outcome: 'outcome',
  option: 'option',
  var: 'varName',
  value: 'value',
  text: 'text',
  item: 'item',
  checked: 'checked',
  from: 'from',
  to: 'to',
  session: 'session',
  locale: 'locale',
  agent: 'agent',
  host: 'host',
  coach: 'coach',
  logPii: 'logPii',
  answers: 'answers',
};
const LISTS: Readonly<Record<string, keyof LineFields>> = {
  skipped: 'skippedJson',
  unreached: 'unreachedJson',
  vars: 'varsJson',
};

function scan(line: string) {
  const bytes = Buffer.from(`${line}\n`, 'utf8');
  const text = bytes.toString('latin1');
  const out = new LineFields();
  const ok = scanLine(text, 0, bytes.length - 1, out, bytes);
  const fields: Record<string, unknown> = { t: out.timeIn(text) };
  for (const [key, field] of Object.entries(PLAIN)) fields[key] = out[field];
  for (const [key, field] of Object.entries(LISTS)) {
    const json = out[field] as string | undefined;
    fields[key] = json === undefined ? undefined : JSON.parse(json);
  }
  return { ok, ...fields };
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
  const sample = new LineFields();
  const fields: Record<string, unknown> = { t: typeof r.t === 'string' ? r.t : undefined };
  for (const [key, field] of Object.entries(PLAIN)) {
    const kind = typeof sample[field] === 'undefined' ? KINDS[key] : typeof sample[field];
    fields[key] = typeof r[key] === kind ? r[key] : undefined;
  }
  for (const key of Object.keys(LISTS)) {
    fields[key] = typeof r[key] === 'object' && r[key] !== null ? r[key] : undefined;
  }
  return { ok: true, ...fields };
}

const KINDS: Readonly<Record<string, string>> = {
  v: 'number',
  ms: 'number',
  item: 'number',
  checked: 'boolean',
  logPii: 'boolean',
  answers: 'boolean',
};
for (const key of Object.keys(PLAIN))
  if (!(key in KINDS)) (KINDS as Record<string, string>)[key] = 'string';

const value = fc.oneof(
  fc.string(),
  fc.constantFrom('enter', 'done', 'skip', 'greeting', 'é', 'বাদ', 'a"b', 'a\\b', '\u0001'),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 2 }),
  fc.dictionary(fc.string({ maxLength: 3 }), fc.string({ maxLength: 3 }), { maxKeys: 2 }),
);
const key = fc.constantFrom('t', ...Object.keys(PLAIN), ...Object.keys(LISTS), 'other', 'script');

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
    const out = new LineFields();
    expect(scanLine(bytes.toString('latin1'), 0, bytes.length - 1, out, bytes)).toBe(true);
    expect([out.scriptId, out.scriptVersion, out.scriptSha, out.agent, out.locale]).toEqual([
      'retail',
      '1',
      'ab',
      'ana',
      'pt',
    ]);
    expect(out.varsJson).toBe('{"a":"b"}');
  });
});

describe('timeOf', () => {
  it('reads a time exactly as Date.parse does, in the shape the writer uses and any other', () => {
    const two = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0'));
    const stamp = fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }),
        two,
        two,
        two,
        two,
        two,
        fc.integer({ max: 999, min: 0 }),
      )
      .map(([y, mo, d, h, mi, s, ms]) => {
        const year = String(y).padStart(4, '0');
        return `${year}-${mo}-${d}T${h}:${mi}:${s}.${String(ms).padStart(3, '0')}Z`;
      });
    fc.assert(
      fc.property(
        fc.oneof(stamp, fc.string(), fc.date({ noInvalidDate: true }).map(String)),
        (text) => {
          expect(timeOf(text)).toBe(Date.parse(text));
          expect(isTimeAt(text, 0, text.length)).toBe(Number.isFinite(Date.parse(text)));
        },
      ),
      { numRuns: 20_000 },
    );
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

describe('keyId', () => {
  it('knows every key of the format by its name, and no other', () => {
    for (const [name, id] of KEY_IDS) {
      expect(keyId(`"${name}":1`, 1, name.length + 1), name).toBe(id);
      expect(keyId(`"${name}x":1`, 1, name.length + 2)).toBe(0);
      expect(keyId(`"x${name}":1`, 1, name.length + 2)).toBe(0);
    }
  });
});
