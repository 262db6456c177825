import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeScript, readScriptFile } from '../../src/script-files/read.js';

let root: string;
const at = (name: string) => join(root, name);

describe('readScriptFile', () => {
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'coach-read-'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('reads UTF-8 text and drops a byte-order mark', async () => {
    writeFileSync(at('ok.yaml'), '\ufeffid: সেবা\n');
    expect(await readScriptFile(at('ok.yaml'))).toEqual({ kind: 'text', text: 'id: সেবা\n' });
  });

  it('reads an empty file as empty text', async () => {
    writeFileSync(at('empty.yaml'), '');
    expect(await readScriptFile(at('empty.yaml'))).toEqual({ kind: 'text', text: '' });
  });

  it('refuses a file over the cap without reading it', async () => {
    writeFileSync(at('big.yaml'), Buffer.alloc(2049, 0x61));
    expect(await readScriptFile(at('big.yaml'), 2048)).toEqual({ kind: 'tooLarge', bytes: 2049 });
  });

  it('accepts a file exactly at the cap', async () => {
    writeFileSync(at('edge.yaml'), Buffer.alloc(2048, 0x61));
    expect((await readScriptFile(at('edge.yaml'), 2048)).kind).toBe('text');
  });

  it('calls invalid UTF-8 and NUL bytes binary', async () => {
    writeFileSync(at('bin.yaml'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]));
    writeFileSync(at('nul.yaml'), 'id: a\u0000b\n');
    writeFileSync(at('utf16.yaml'), Buffer.from('\ufeffid: a\n', 'utf16le'));
    for (const name of ['bin.yaml', 'nul.yaml', 'utf16.yaml']) {
      expect(await readScriptFile(at(name))).toEqual({ kind: 'binary' });
    }
  });

  it('reports a file that vanished', async () => {
    expect(await readScriptFile(at('gone.yaml'))).toEqual({
      kind: 'problem',
      problem: { kind: 'vanished', path: at('gone.yaml') },
    });
  });

  it('refuses a FIFO instead of blocking on it', async () => {
    execFileSync('mkfifo', [at('pipe.yaml')]);
    expect(await readScriptFile(at('pipe.yaml'))).toEqual({
      kind: 'problem',
      problem: { kind: 'notFile', path: at('pipe.yaml') },
    });
  });

  it('refuses a folder', async () => {
    expect((await readScriptFile(root)).kind).toBe('problem');
  });

  it.skipIf(process.getuid?.() === 0)('reports a file it may not read', async () => {
    writeFileSync(at('secret.yaml'), 'id: x\n', { mode: 0o000 });
    expect(await readScriptFile(at('secret.yaml'))).toEqual({
      kind: 'problem',
      problem: { kind: 'denied', path: at('secret.yaml') },
    });
  });
});

describe('decodeScript', () => {
  it('rejects a truncated multi-byte sequence', () => {
    expect(decodeScript(Buffer.from('সেবা', 'utf8').subarray(0, 4))).toBeUndefined();
  });
});
