/**
 * The limits of src/call/limits.ts keep every line coach writes within what its
 * readers read (MAX_LOG_LINE_BYTES), and the recorder refuses the rest: the
 * longest lines each limit allows are written here, made of the characters that
 * take the most bytes in a log line (a control character escaped as `\u0001`).
 */
import { describe, expect, it } from 'vitest';
import {
  AGENT_LIMIT,
  overLimit,
  TEXT_LIMITS,
  VAR_NAME_LIMIT,
  VARS_LIMIT,
} from '../../src/call/limits.js';
import { Recorder } from '../../src/call/recorder.js';
import { eventRecords, linesOf, startRecord } from '../../src/log/records.js';
import { MAX_LOG_LINE_BYTES, MAX_NAME_LENGTH, MAX_STEPS } from '../../src/script/limits.js';
import type { SessionEvent } from '../../src/session/types.js';
import { shippedScript } from '../run/plans.js';

const WIDEST = '\u0001';
const widest = (length: number) => WIDEST.repeat(length);
const bytes = (line: string) => Buffer.byteLength(line, 'utf8');
const redaction = { piiVars: new Set<string>(), logPii: true };

describe('the longest lines a call can write', () => {
  it('fit the readers: a start line with every --var at its limits', () => {
    const vars: Record<string, string> = {};
    for (let i = 0; i < VARS_LIMIT; i++) {
      const name = `v${String(i).padStart(VAR_NAME_LIMIT - 1, '0')}`;
      vars[name] = widest(TEXT_LIMITS.value);
    }
    vars.agent = widest(AGENT_LIMIT);
    const start = {
      script: { id: 'x'.repeat(MAX_NAME_LENGTH), sha256: 'ab'.repeat(32), path: 'p'.repeat(4096) },
      locale: 'en',
      agent: widest(AGENT_LIMIT),
      host: 'h'.repeat(255),
      coach: '0.1.0',
      vars,
      answers: true,
    };
    const [line] = linesOf([startRecord('01M84D4AV3C5JCZV4W59X8YEKF', 0, start, redaction)]);
    expect(bytes(line as string)).toBeGreaterThan(600_000);
    expect(bytes(line as string)).toBeLessThan(MAX_LOG_LINE_BYTES);
  });

  it('fit the readers: a note, a reason, a capture and an end line at their limits', () => {
    const step = 's'.repeat(MAX_NAME_LENGTH);
    const events: SessionEvent[] = [
      { type: 'note', step, text: widest(TEXT_LIMITS.note) },
      { type: 'skip', step, stage: 'greeting', reason: widest(TEXT_LIMITS.reason), ms: 1 },
      { type: 'capture', step, var: 'v'.repeat(VAR_NAME_LIMIT), value: widest(TEXT_LIMITS.value) },
      {
        type: 'end',
        status: 'aborted',
        skipped: Array.from({ length: MAX_STEPS }, () => step),
        unreached: [],
        ms: 1,
      },
    ];
    for (const line of linesOf(eventRecords(events, 0, redaction))) {
      expect(bytes(line)).toBeLessThan(MAX_LOG_LINE_BYTES);
    }
  });
});

describe('the recorder', () => {
  const script = shippedScript('service-cycle');
  const sink = () => {
    const written: SessionEvent[][] = [];
    return {
      written,
      appendAll: (events: readonly SessionEvent[]) => !!written.push([...events]),
      ended: false,
    };
  };

  it('refuses a text past its limit, writing nothing and keeping the state', () => {
    const events = sink();
    const recorder = Recorder.start(script, events, 0, { agent: 'ana' });
    const before = recorder.state;
    const written = events.written.length;
    for (const action of [
      { type: 'note', text: 'n'.repeat(TEXT_LIMITS.note + 1) },
      { type: 'skip', reason: 'r'.repeat(TEXT_LIMITS.reason + 1) },
      { type: 'capture', values: { customer: 'c'.repeat(TEXT_LIMITS.value + 1) } },
    ] as const) {
      expect(recorder.apply(action, 1)).toEqual({ ok: false, state: before, reason: 'too-long' });
    }
    expect(recorder.state).toBe(before);
    expect(events.written).toHaveLength(written);
  });

  it('takes a text at its limit, counted in characters, not UTF-16 units', () => {
    const astral = '😀'.repeat(TEXT_LIMITS.note);
    expect(overLimit({ type: 'note', text: astral })).toBeUndefined();
    expect(overLimit({ type: 'note', text: `${astral}x` })).toEqual({
      kind: 'note',
      limit: TEXT_LIMITS.note,
    });
    const recorder = Recorder.start(script, sink(), 0, { agent: 'ana' });
    expect(recorder.apply({ type: 'note', text: astral }, 1).ok).toBe(true);
  });
});
