/**
 * Gathered logs: the folders of several workstations, or one folder copied twice,
 * hold several files of one session. Each session is read once, from its longest
 * copy, and the copies left out are counted.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findSessionFiles } from '../../../src/log/read/index.js';
import { makeTempDir } from '../temp.js';
import { END, EVENTS, logText, startLine } from './lines.js';

const temp = makeTempDir();
afterAll(temp.remove);

const ID = '01M84D4AV3C5JCZV4W59X8YEKF';
const OTHER = '01M84E0N5Q7R8S9T0V1W2X3Y4Z';
const DAY = '2026-11-23';
const whole = logText([startLine({ session: ID }), ...EVENTS, END]);
const cutShort = logText([startLine({ session: ID }), ...EVENTS.slice(0, 3)]);
const other = logText([startLine({ session: OTHER }), END]);

let n = 0;
function folder(files: Record<string, string>): string {
  const root = join(temp.dir, `case-${n++}`);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

function find(root: string, paths: string[]): { files: string[]; duplicates: number } {
  const counts = { duplicates: 0 };
  // Within a day, files come in the order their folders list them: compared sorted.
  const files = [...findSessionFiles(paths, root, counts)].map((f) => relative(root, f)).sort();
  return { files, duplicates: counts.duplicates };
}

describe('each session once', () => {
  it('keeps the longest copy when two workstations hold the same session', () => {
    const root = folder({
      [`ws1/${DAY}/${ID}.jsonl`]: cutShort,
      [`ws2/${DAY}/${ID}.jsonl`]: whole,
      [`ws2/${DAY}/${OTHER}.jsonl`]: other,
    });
    expect(find(root, [root])).toEqual({
      files: [`ws2/${DAY}/${ID}.jsonl`, `ws2/${DAY}/${OTHER}.jsonl`],
      duplicates: 1,
    });
    // Named in the other order, the same copy is kept.
    expect(find(root, [join(root, 'ws2'), join(root, 'ws1')]).files[0]).toBe(
      `ws2/${DAY}/${ID}.jsonl`,
    );
  });

  it('reads a folder copied under another name once', () => {
    const root = folder({
      [`logs/${DAY}/${ID}.jsonl`]: whole,
      [`logs/${DAY}/${OTHER}.jsonl`]: other,
    });
    cpSync(join(root, 'logs'), join(root, 'logs-copy'), { recursive: true });
    const found = find(root, [join(root, 'logs'), join(root, 'logs-copy')]);
    // Same sizes: the first path in code-unit order ('-' sorts before '/').
    expect(found.files).toEqual([
      `logs-copy/${DAY}/${ID}.jsonl`,
      `logs-copy/${DAY}/${OTHER}.jsonl`,
    ]);
    expect(found.duplicates).toBe(2);
  });

  it('reads the file coach wrote over copies of it in the same day folder', () => {
    const root = folder({
      [`${DAY}/${ID}.jsonl`]: cutShort,
      [`${DAY}/copy of the call.jsonl`]: whole,
      [`${DAY}/backup/${ID}.jsonl`]: whole,
    });
    expect(find(root, [root])).toEqual({ files: [`${DAY}/${ID}.jsonl`], duplicates: 2 });
  });

  it('knows a copy under another name by its start line, wherever it lies', () => {
    const root = folder({
      [`${DAY}/copy of the call.jsonl`]: whole,
      [`loose/${ID}.jsonl`]: cutShort,
      [`${DAY}/${OTHER}.jsonl`]: other,
    });
    expect(find(root, [root])).toEqual({
      files: [`${DAY}/${OTHER}.jsonl`, `${DAY}/copy of the call.jsonl`].sort(),
      duplicates: 1,
    });
  });

  it('does not count a file named twice as a copy', () => {
    const root = folder({ [`${DAY}/${ID}.jsonl`]: whole });
    expect(find(root, [root, join(root, DAY, `${ID}.jsonl`)])).toEqual({
      files: [`${DAY}/${ID}.jsonl`],
      duplicates: 0,
    });
  });

  it('takes the first path in code-unit order among copies of the same size', () => {
    const root = folder({ [`b/${DAY}/${ID}.jsonl`]: whole, [`a/${DAY}/${ID}.jsonl`]: whole });
    expect(find(root, [root])).toEqual({ files: [`a/${DAY}/${ID}.jsonl`], duplicates: 1 });
  });
});
