/**
 * Files coach writes with `--out` or `--export` that may hold what customers
 * said (notes, captured values, typed skip reasons) are created their user's
 * alone (0600), whatever the umask; files made only of a script's text follow the
 * umask like any editor's; a file already there keeps the mode its user gave it.
 * Run through the built CLI, as a user would.
 */
import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coach, ROOT } from '../cli/run-coach.js';

let home: string;
let logDir: string;
let session: string;

const modeOf = (path: string) => statSync(path).mode & 0o777;

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), 'coach-private-'));
  logDir = join(home, 'logs');
  writeFileSync(
    join(home, 'answers.yaml'),
    '- done\n- capture: { customer: "Ana Lima" }\n- note: "card ends 4242"\n- end: resolved\n',
  );
  const ran = await coach(
    ['run', '--answers', join(home, 'answers.yaml'), '--log-dir', logDir, '--log-pii'],
    { cwd: home },
  );
  expect(ran.code).toBe(0);
  const day = readdirSync(logDir).find((name) => /^\d{4}-/.test(name)) as string;
  session = join(logDir, day, readdirSync(join(logDir, day))[0] as string);
});
afterAll(() => rmSync(home, { recursive: true, force: true }));

/** Each command that writes a file that may hold a call's words, told to write it at `file`. */
const WRITERS: Record<string, (file: string) => string[]> = {
  'replay --export cast': (file) => ['replay', session, '--export', 'cast', file],
  'report --out': (file) => ['report', '--log-dir', logDir, '--format', 'html', '--out', file],
};
const SHARED: Record<string, (file: string) => string[]> = {
  'preview --out': (file) => ['preview', 'service-cycle', '--out', file],
  'i18n export --out': (file) => [
    'i18n',
    'export',
    join(ROOT, 'scripts'),
    '--locale',
    'pl',
    '--out',
    file,
  ],
};

describe.each(Object.entries(SHARED))('coach %s (a script’s text only)', (name, args) => {
  it('creates its file as the umask allows', async () => {
    const file = join(home, `${name.replace(/\W+/g, '-')}.new`);
    const ran = await coach(args(file), { cwd: home, umask: '022' });
    expect(ran.code, ran.stderr).toBe(0);
    expect(modeOf(file)).toBe(0o644);
  });
});

describe.each(Object.entries({ ...WRITERS, ...SHARED }))('coach %s', (name, args) => {
  it('keeps the mode of a file its user made readable to others', async () => {
    const file = join(home, `${name.replace(/\W+/g, '-')}.shared`);
    writeFileSync(file, 'old\n');
    chmodSync(file, 0o644);
    const ran = await coach(args(file), { cwd: home });
    expect(ran.code, ran.stderr).toBe(0);
    expect(modeOf(file)).toBe(0o644);
  });
});

describe.each(Object.entries(WRITERS))('coach %s', (name, args) => {
  it('creates its file readable by its user alone, even under a permissive umask', async () => {
    const file = join(home, `${name.replace(/\W+/g, '-')}.new`);
    const ran = await coach(args(file), { cwd: home, umask: '000' });
    expect(ran.code, ran.stderr).toBe(0);
    expect(modeOf(file)).toBe(0o600);
  });
});
