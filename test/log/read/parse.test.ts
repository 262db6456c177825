/**
 * The reader rules of docs/log-format.md §9 on whole texts: what is kept, what is
 * skipped, and how each skipped line is counted.
 */
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_LINE_BYTES } from '../../../src/log/read/file-reader.js';
import { emptyCounts } from '../../../src/log/read/index.js';
import { END, EVENTS, logText, startLine } from './lines.js';
import { readText } from './read-text.js';

const counts = (changes: Partial<ReturnType<typeof emptyCounts>> = {}) => ({
  ...emptyCounts(),
  ...changes,
});

describe('parseSessionText', () => {
  it('reads a complete session: header, events in order, end, no skipped line', () => {
    const record = readText(logText([startLine(), ...EVENTS, END]), 'a.jsonl');
    expect(basename(record.file)).toBe('a.jsonl');
    expect(record.header).toMatchObject({
      v: 1,
      session: '01M84D4AV3C5JCZV4W59X8YEKF',
      script: { id: 'retail-returns', version: '2026.11' },
      locale: 'pt',
      agent: 'ana',
      vars: { company: 'Loja Azul' },
      startedAt: Date.parse('2026-11-23T14:32:01.123Z'),
    });
    expect(record.events.map((e) => e.type)).toEqual([...EVENTS.map((e) => e.type), 'end']);
    expect(record.events[0]).toMatchObject({ t: EVENTS[0]?.t, at: Date.parse(EVENTS[0]?.t ?? '') });
    expect(record.status).toBe('completed');
    expect(record.end).toMatchObject({ outcome: 'resolved', skipped: ['name'], ms: 183000 });
    expect(record.counts).toEqual(counts());
    expect(record.notALog).toBeUndefined();
  });

  it('calls a session without an end line interrupted and keeps its last time', () => {
    const record = readText(logText([startLine(), ...EVENTS]));
    expect(record.status).toBe('interrupted');
    expect(record.end).toBeUndefined();
    expect(record.lastAt).toBe(Date.parse('2026-11-23T14:32:41.900Z'));
    expect(record.counts).toEqual(counts());
  });

  it('skips a truncated last line and counts it as truncated', () => {
    const text = `${logText([startLine(), ...EVENTS])}{"t":"2026-11-23T14:33:00.000Z","type":"do`;
    const record = readText(text);
    expect(record.events).toHaveLength(EVENTS.length);
    expect(record.status).toBe('interrupted');
    expect(record.counts).toEqual(counts({ truncated: 1 }));
  });

  it('keeps a last line without LF when it is a whole JSON object', () => {
    const text = logText([startLine(), ...EVENTS]) + JSON.stringify(END);
    const record = readText(text);
    expect(record.status).toBe('completed');
    expect(record.counts).toEqual(counts());
  });

  it('skips a corrupt middle line, and a known event with wrong fields, as corrupt', () => {
    const lines = [
      startLine(),
      EVENTS[0] as object,
      '{"t":"2026-11-23T14:32:02.000Z","type":"done","st\u0000\u0000\u0000',
      '[1,2,3]',
      '{"t":"2026-11-23T14:32:02.000Z","type":"done","step":7,"stage":"greeting"}',
      '{"t":"not a time","type":"done","step":"greet","stage":"greeting"}',
      '{"t":"2026-11-23T14:32:02.000Z","type":"enter","step":"x","stage":"nowhere"}',
      '{"type":3}',
      ...EVENTS.slice(1),
      END,
    ];
    const record = readText(logText(lines));
    expect(record.events).toHaveLength(EVENTS.length + 1);
    expect(record.status).toBe('completed');
    expect(record.counts).toEqual(counts({ corrupt: 6 }));
  });

  it('skips and counts events of an unknown type, and ignores unknown fields', () => {
    const lines = [
      startLine(),
      { t: '2026-11-23T14:32:01.500Z', type: 'hold', step: 'greet' },
      { ...EVENTS[0], mood: 'calm' },
      END,
    ];
    const record = readText(logText(lines));
    expect(record.counts).toEqual(counts({ unknownType: 1 }));
    expect(record.events[0]).toEqual({
      t: EVENTS[0]?.t,
      at: Date.parse(EVENTS[0]?.t ?? ''),
      type: 'enter',
      step: 'greet',
      stage: 'greeting',
    });
  });

  it('skips lines of a newer version, and the whole file when its start line is newer', () => {
    const mixed = readText(
      logText([startLine(), { ...EVENTS[0], v: 2 }, EVENTS[0] as object, END]),
    );
    expect(mixed.events).toHaveLength(2);
    expect(mixed.counts).toEqual(counts({ newerVersion: 1 }));

    const newer = readText(logText([startLine({ v: 2 }), ...EVENTS, END]));
    expect(newer.newerFormat).toBe(2);
    expect(newer.notALog).toBeUndefined();
    expect(newer.events).toEqual([]);
  });

  it('skips a line over 1 MiB without failing, and counts it', () => {
    const huge = JSON.stringify({ ...EVENTS[8], text: 'x'.repeat(1.1 * MAX_LINE_BYTES) });
    const record = readText(logText([startLine(), ...EVENTS.slice(0, 8), huge, END]));
    expect(record.counts).toEqual(counts({ hugeLines: 1 }));
    expect(record.status).toBe('completed');
    expect(record.events.some((e) => e.type === 'note')).toBe(false);
  });

  it('counts lines after the end and ignores them', () => {
    const record = readText(logText([startLine(), ...EVENTS, END, EVENTS[0] as object]));
    expect(record.events.at(-1)?.type).toBe('end');
    expect(record.counts).toEqual(counts({ afterEnd: 1 }));
  });

  it('marks a file that does not begin with a start line as not a log', () => {
    for (const text of [
      logText([...EVENTS, END]),
      'name,agent\nana,1\n',
      '',
      '\u0000\u0001\u0002binary\u00ff',
      logText([startLine({ script: 'x' })]),
    ]) {
      const record = readText(text);
      expect(record.notALog).toBe(true);
      expect(record.header).toBeUndefined();
      expect(record.counts).toEqual(counts());
    }
  });

  it('never lets __proto__ keys reach an object prototype', () => {
    const lines = [
      startLine({ vars: JSON.parse('{"__proto__":{"polluted":"yes"},"company":"X"}') }),
      '{"t":"2026-11-23T14:32:01.123Z","type":"enter","step":"greet","stage":"greeting","__proto__":{"polluted":"yes"}}',
      '{"__proto__":{"type":"enter"},"t":"2026-11-23T14:32:01.123Z"}',
      END,
    ];
    const record = readText(logText(lines));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(record.events[0])).toBe(Object.prototype);
    expect((record.events[0] as unknown as Record<string, unknown>).polluted).toBeUndefined();
    expect(record.header?.vars.company).toBe('X');
    expect(record.counts).toEqual(counts({ corrupt: 1 }));
  });

  it('keeps text as stored, control characters included, for the printer to clean', () => {
    const record = readText(
      logText([
        startLine({ agent: 'ana\u001b[31m\u0007' }),
        { ...EVENTS[8], text: 'a\u001b]0;title\u0007b' },
      ]),
    );
    expect(record.header?.agent).toBe('ana\u001b[31m\u0007');
    expect(record.events[0]).toMatchObject({ type: 'note', text: 'a\u001b]0;title\u0007b' });
  });
});

describe('times', () => {
  it('takes a time that cannot be read as the time of the line before', () => {
    const lines = [startLine(), EVENTS[0], { ...EVENTS[1], t: 'soon' }, EVENTS[2]];
    const record = readText(logText(lines as object[]));
    expect(record.counts.corrupt).toBe(0);
    expect(record.events.map((e) => e.at)).toEqual([
      Date.parse(EVENTS[0]?.t ?? ''),
      Date.parse(EVENTS[0]?.t ?? ''),
      Date.parse(EVENTS[2]?.t ?? ''),
    ]);
  });

  it('skips an event without a time as corrupt', () => {
    const { t: _t, ...untimed } = EVENTS[1] as Record<string, unknown>;
    const record = readText(logText([startLine(), EVENTS[0] as object, untimed]));
    expect(record.counts.corrupt).toBe(1);
  });
});
