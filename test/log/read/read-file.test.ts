/**
 * The reader reads files in chunks; it must follow the reader rules whatever
 * falls on a chunk boundary (a Bengali letter's bytes, a line's LF), skip a huge
 * line without building it, and keep the same lines for a replay as for a
 * listing or a report.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_LINE_BYTES } from '../../../src/log/read/file-reader.js';
import { readSession } from '../../../src/log/read/index.js';
import { NOT_A_FILE } from '../../../src/log/read/open-file.js';
import { makeTempDir } from '../temp.js';
import { END, EVENTS, logText, startLine } from './lines.js';
import { readText, scratchOf } from './read-text.js';

const temp = makeTempDir();
afterAll(temp.remove);

let n = 0;
function write(text: string | Buffer): string {
  const file = join(temp.dir, `f${n++}.jsonl`);
  writeFileSync(file, text);
  return file;
}

const note = (text: string) => JSON.stringify({ ...EVENTS[8], text });

/** What the log format's reader rules (§9) say of a file made of these lines. */
function expected(lines: readonly string[], lf: boolean) {
  const counts = { truncated: 0, corrupt: 0, hugeLines: 0, afterEnd: 0 };
  let events = 0;
  let ended = false;
  lines.forEach((line, i) => {
    const last = i === lines.length - 1 && !lf;
    // Nothing after the last LF is no line at all.
    if (last && line === '') return;
    if (ended) counts.afterEnd++;
    else if (Buffer.byteLength(line) > MAX_LINE_BYTES) counts.hugeLines++;
    else if (line === '' || line === '{"broken') counts[last ? 'truncated' : 'corrupt']++;
    else {
      events++;
      ended = line === JSON.stringify(END);
    }
  });
  return { counts, events, status: ended ? 'completed' : 'interrupted' };
}

describe('readSession', () => {
  it('follows the reader rules for lines of any size, across read chunks (4 MiB)', async () => {
    const line = fc.oneof(
      fc
        .tuple(fc.integer({ min: 0, max: 1_300_000 }), fc.constantFrom('a', 'ক্ষ', 'é', '😀'))
        .map(([size, unit]) => note(unit.repeat(Math.ceil(size / unit.length)))),
      fc.constantFrom(JSON.stringify(EVENTS[0]), '{"broken', '', JSON.stringify(END)),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 9 }), fc.boolean(), async (lines, lf) => {
        const body = [startLine(), ...lines].join('\n');
        const record = readSession(write(lf ? `${body}\n` : body));
        const want = expected(lines, lf);
        expect(record.counts).toMatchObject(want.counts);
        expect(record.events).toHaveLength(want.events);
        expect(record.status).toBe(want.status);
      }),
      { numRuns: 25 },
    );
  });

  it('keeps, as a replay, the same lines `sessions` and `report` keep', async () => {
    const line = fc.oneof(
      fc.constantFrom(...EVENTS.map((e) => JSON.stringify(e)), JSON.stringify(END), '{"broken'),
      fc.constantFrom('{"t":"2026-11-23T14:33:00.000Z","type":"hold"}', '{"type":"done"}'),
      fc.constantFrom('{"t":"x","type":"enter","step":"a","stage":"needs"}', '[]', '{}'),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 12 }), fc.boolean(), async (lines, lf) => {
        const body = [startLine(), ...lines].join('\n');
        const text = lf ? `${body}\n` : body;
        const record = readText(text);
        const scratch = scratchOf(text);
        expect(scratch.lines).toEqual(record.counts);
        expect(scratch.status).toBe(record.status);
        const start = record.header?.startedAt ?? 0;
        expect(scratch.callMs()).toBe(record.end?.ms ?? Math.max(0, record.lastAt - start));
        const kept = record.events.filter((e) => !['capture', 'toggle', 'end'].includes(e.type));
        expect(scratch.count).toBe(kept.length);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on arbitrary bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), fc.boolean(), async (bytes, asLog) => {
        const head = asLog ? Buffer.from(`${startLine()}\n`) : Buffer.alloc(0);
        const record = await readSession(write(Buffer.concat([head, bytes])));
        expect(record.unreadable).toBeUndefined();
        if (asLog) expect(record.header).toBeDefined();
      }),
      { numRuns: 50 },
    );
  });

  it('skips a 1.1 MiB line in a file and reads the lines around it', async () => {
    const huge = note('ক'.repeat(Math.ceil((1.1 * MAX_LINE_BYTES) / 3)));
    const file = write(logText([startLine(), ...EVENTS.slice(0, 8), huge, END]));
    const record = await readSession(file);
    expect(record.counts.hugeLines).toBe(1);
    expect(record.status).toBe('completed');
    expect(record.events).toHaveLength(9);
  });

  it('skips a huge last line without LF as huge, not as truncated', async () => {
    const file = write(`${logText([startLine()])}{"t":"${'x'.repeat(MAX_LINE_BYTES + 10)}`);
    const record = await readSession(file);
    expect(record.counts).toMatchObject({ hugeLines: 1, truncated: 0 });
  });

  it('reports a binary file without line breaks as not a log', async () => {
    const bytes = Buffer.alloc(3 * MAX_LINE_BYTES, 0xff);
    const record = await readSession(write(bytes));
    expect(record.notALog).toBe(true);
  });

  it('does not throw on a path it cannot read; it names the system error', async () => {
    const dir = join(temp.dir, 'a-folder.jsonl');
    mkdirSync(dir);
    const record = await readSession(dir);
    expect(record.unreadable).toBe(NOT_A_FILE);
    expect(record.notALog).toBeUndefined();
  });

  it('stops at once on a device that never ends, as on anything but a regular file', async () => {
    const record = await readSession('/dev/zero');
    expect(record.unreadable).toBe(NOT_A_FILE);
  });
});
