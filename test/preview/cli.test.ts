/** `coach preview` as a user runs it: the built CLI (`node build.mjs` first). */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/view/index.js';
import { coach, FIXTURES, lines } from '../cli/run-coach.js';
import { withVersion } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'coach-preview-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('coach preview', () => {
  it('prints Markdown in Polish for a shipped script id', async () => {
    const run = await coach(['preview', 'service-cycle', '--lang', 'pl', '--format', 'md']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('# Cykl obsługi: połączenie przychodzące\n')).toBe(true);
    expect(run.stdout).toContain('## Powitanie');
    expect(run.stdout).toContain('**Powiedz:**');
  });

  it('writes HTML to --out and nothing to stdout', async () => {
    const out = join(dir, 'cycle.html');
    const run = await coach([
      'preview',
      'retail-returns',
      '--lang',
      'bn',
      '--format',
      'html',
      '--out',
      out,
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<html lang="bn">');
    expect(html).toContain('@page{size:A4');
    expect(html).not.toMatch(/<script\b/i);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('prints text that fits 80 columns when piped, without colour, filled from --var', async () => {
    const run = await coach(
      ['preview', 'service-cycle', '--lang', 'bn', '--var', 'company=নীল দোকান'],
      {
        env: { FORCE_COLOR: '0' },
      },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('\x1b');
    expect(lines(run.stdout).filter((l) => displayWidth(l) > 80)).toEqual([]);
    expect(run.stdout).toContain('নীল দোকান');
  });

  it('previews a script given by path', async () => {
    const run = await coach(['preview', join(FIXTURES, 'valid.yaml'), '--format', 'md']);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('# ')).toBe(true);
  });

  it('refuses a version label with escapes in it, and prints none of them', async () => {
    const file = join(dir, 'versioned.yaml');
    writeFileSync(file, withVersion('2026.11\x1b[2J\x1b]0;pwned\x07\x9b31m').source);
    for (const format of ['text', 'md']) {
      const run = await coach(['preview', file, '--format', format], { env: { FORCE_COLOR: '0' } });
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('CONTROL_CHARACTER');
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what must not be there
      expect(run.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    }
  });

  it('rejects a bad --format with exit 2', async () => {
    const run = await coach(['preview', 'service-cycle', '--format', 'pdf']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain("'pdf'");
  });

  it('rejects a bad --var with exit 2', async () => {
    const run = await coach(['preview', 'service-cycle', '--var', 'nothing']);
    expect(run.code).toBe(2);
  });

  it('rejects an unknown script with exit 2', async () => {
    const run = await coach(['preview', 'no-such-script']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no-such-script');
  });

  it('refuses an invalid script with exit 1 and its diagnostics', async () => {
    const run = await coach(['preview', join(FIXTURES, 'errors.yaml')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/errors\.yaml:\d+:\d+/);
    // A preview is no call: the last word says what cannot be done here.
    expect(run.stderr).toMatch(/errors\.yaml has \d+ errors, so it cannot be previewed/);
    expect(run.stderr).not.toContain('cannot start');
  });

  it('reports a file it cannot write with exit 1, leaving nothing behind', async () => {
    const blocker = join(dir, 'file');
    writeFileSync(blocker, '');
    const run = await coach([
      'preview',
      'service-cycle',
      '--format',
      'md',
      '--out',
      join(blocker, 'x.md'),
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(/\bat \S+:\d+/);
  });
});
