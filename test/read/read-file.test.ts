/**
 * readSession reads files in chunks; it must give exactly what parseSessionText
 * gives for the same text, whatever falls on a chunk boundary (a Bengali letter's
 * bytes, a line's LF), and skip a huge line without building it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_LINE_BYTES, parseSessionText, readSession } from '../../src/log/read/index.js';
import { makeTempDir } from '../log/temp.js';
import { END, EVENTS, logText, startLine } from './lines.js';

const temp = makeTempDir();
afterAll(temp.remove);

let n = 0;
function write(text: string | Buffer): string {
  const file = join(temp.dir, `f${n++}.jsonl`);
  writeFileSync(file, text);
  return file;
}

const note = (text: string) => JSON.stringify({ ...EVENTS[8], text });

describe('readSession', () => {
  it('reads what parseSessionText reads, for lines across chunk boundaries', async () => {
    const line = fc.oneof(
      fc
        .tuple(fc.integer({ min: 0, max: 140_000 }), fc.constantFrom('a', 'ক্ষ', 'é', '😀'))
        .map(([size, unit]) => note(unit.repeat(Math.ceil(size / unit.length)))),
      fc.constantFrom(JSON.stringify(EVENTS[0]), '{"broken', '', JSON.stringify(END)),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 6 }), fc.boolean(), async (lines, lf) => {
        const body = [startLine(), ...lines].join('\n');
        const text = lf ? `${body}\n` : body;
        const file = write(text);
        const fromFile = await readSession(file);
        expect(fromFile).toEqual(parseSessionText(text, file));
      }),
      { numRuns: 25 },
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
    expect(record.unreadable).toBe('EISDIR');
    expect(record.notALog).toBeUndefined();
  });
});
