import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTROL, CONTROL_OR_BIDI, SGR } from '../diagnostics/control-chars.js';
import { coach, FIXTURES, lines } from './run-coach.js';

const fixture = (name: string) => join(FIXTURES, name);
const NO_COLOR = { NO_COLOR: '1' };
/** `file:line:col: <severity> CODE: message` */
const HEAD = /^(.+):(\d+):(\d+): (\S+) ([A-Z][A-Z0-9_]*):(?: (.*))?$/;
const STACK = /^\s+at /m;

let tmp: string;
const inTmp = (...parts: string[]) => join(tmp, ...parts);

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'coach-validate-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function heads(stdout: string) {
  return lines(stdout)
    .map((l) => HEAD.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map(([, file, line, col, severity, code]) => ({
      file,
      line: Number(line),
      col: Number(col),
      severity,
      code,
    }));
}

describe('coach validate: valid scripts', () => {
  it('exits 0 and says the file is valid (en)', async () => {
    const run = await coach(['validate', fixture('valid.yaml')], { env: NO_COLOR });
    expect(run).toEqual({ code: 0, stdout: 'The file is valid.\n', stderr: '' });
  });

  it('speaks Polish with --lang pl and with LANG=pl_PL.UTF-8', async () => {
    const byFlag = await coach(['--lang', 'pl', 'validate', fixture('valid.yaml')], {
      env: NO_COLOR,
    });
    const byEnv = await coach(['validate', fixture('valid.yaml')], {
      env: { ...NO_COLOR, LANG: 'pl_PL.UTF-8' },
    });
    expect(byFlag.stdout).toBe('Plik jest poprawny.\n');
    expect(byEnv.stdout).toBe('Plik jest poprawny.\n');
    expect(byFlag.code).toBe(0);
  });
});

describe('coach validate: errors', () => {
  it('prints file:line:col, the source line and a caret, then a summary, and exits 1', async () => {
    const file = fixture('errors.yaml');
    const run = await coach(['validate', file], { env: NO_COLOR });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const found = heads(run.stdout);
    expect(found.length).toBeGreaterThanOrEqual(2);
    expect(found.every((h) => h.file === file && h.severity === 'error')).toBe(true);
    expect(found.map((h) => h.code)).toEqual(
      expect.arrayContaining(['UNKNOWN_KEY', 'MISSING_STEP']),
    );

    // Under the head of the unknown key: the numbered source line, then the caret under `colour`.
    const out = lines(run.stdout);
    const at = out.findIndex((l) => l.includes(' error UNKNOWN_KEY: '));
    const { line, col } = heads(out[at] as string)[0] as { line: number; col: number };
    const source = readFileSync(file, 'utf8').split('\n')[line - 1] as string;
    expect(out[at + 1]).toBe(`${String(line).padStart(6)} | ${source}`);
    expect(out[at + 2]).toMatch(/^ {6} \| *\^~*$/);
    expect((out[at + 2] as string).indexOf('^') - 9).toBe(col - 1);
    expect(source.slice(col - 1)).toMatch(/^colour/);

    expect(out.at(-1)).toMatch(/^1 file checked: \d+ errors$/);
  });

  it('localizes the severity and summary but not the code (pl)', async () => {
    const run = await coach(['--lang', 'pl', 'validate', fixture('errors.yaml')], {
      env: NO_COLOR,
    });
    expect(run.code).toBe(1);
    expect(heads(run.stdout).map((h) => `${h.severity} ${h.code}`)).toContain('błąd UNKNOWN_KEY');
    expect(lines(run.stdout).at(-1)).toMatch(/^Sprawdzono 1 plik: \d+ błęd(y|ów)$/);
  });

  it('writes Bengali words and digits in the summary (bn)', async () => {
    const run = await coach(['--lang', 'bn', 'validate', fixture('errors.yaml')], {
      env: NO_COLOR,
    });
    expect(heads(run.stdout)[0]?.severity).toBe('ত্রুটি');
    expect(lines(run.stdout).at(-1)).toMatch(/^১টি ফাইল যাচাই করা হয়েছে: [০-৯]+টি ত্রুটি$/);
  });

  it('lists files of a folder in sorted order', async () => {
    const dir = inTmp('sorted');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    const broken = readFileSync(fixture('errors.yaml'));
    for (const name of ['b.yaml', 'a.yml', join('sub', 'c.yaml')])
      writeFileSync(join(dir, name), broken);
    const run = await coach(['validate', dir], { env: NO_COLOR });
    const files = [...new Set(heads(run.stdout).map((h) => h.file))];
    expect(files).toEqual([join(dir, 'a.yml'), join(dir, 'b.yaml'), join(dir, 'sub', 'c.yaml')]);
    expect(lines(run.stdout).at(-1)).toMatch(/^3 files checked: /);
  });
});

describe('coach validate: warnings and --strict', () => {
  it('exits 0 on warnings alone, 1 with --strict', async () => {
    const file = fixture('warnings.yaml');
    const plain = await coach(['validate', file], { env: NO_COLOR });
    const strict = await coach(['validate', '--strict', file], { env: NO_COLOR });
    expect(plain.code).toBe(0);
    expect(strict.code).toBe(1);
    expect(heads(plain.stdout).map((h) => `${h.severity} ${h.code}`)).toEqual(['warning TODO']);
    expect(lines(plain.stdout).at(-1)).toBe('1 file checked: 1 warning');
    expect(strict.stdout).toBe(plain.stdout);
  });
});

describe('coach validate --json', () => {
  it('prints only a JSON array of diagnostics with localized messages', async () => {
    const run = await coach([
      '--lang',
      'pl',
      'validate',
      '--json',
      fixture('errors.yaml'),
      fixture('valid.yaml'),
    ]);
    expect(run.code).toBe(1);
    const data = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    expect(Array.isArray(data)).toBe(true);
    expect(data.length).toBeGreaterThanOrEqual(2);
    for (const d of data) {
      expect(d).toMatchObject({
        file: fixture('errors.yaml'),
        line: expect.any(Number),
        col: expect.any(Number),
        severity: 'error',
        code: expect.stringMatching(/^[A-Z_]+$/),
        message: expect.any(String),
        params: expect.any(Object),
      });
      expect(
        Object.keys(d).every((k) =>
          [
            'file',
            'line',
            'col',
            'endLine',
            'endCol',
            'severity',
            'code',
            'message',
            'params',
          ].includes(k),
        ),
      ).toBe(true);
    }
    const english = JSON.parse(
      (await coach(['validate', '--json', fixture('errors.yaml')])).stdout,
    );
    expect(data.map((d) => d.message)).not.toEqual(
      english.map((d: { message: string }) => d.message),
    );
  });

  it('prints [] for valid files and exits 0', async () => {
    const run = await coach(['validate', '--json', fixture('valid.yaml')]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([]);
  });
});

describe('coach validate: paths that cannot be used', () => {
  it('reports a missing path in one line, without a stack, and exits 2', async () => {
    const run = await coach(['validate', 'no-such-script.yaml'], { env: NO_COLOR });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(lines(run.stderr)).toEqual(["coach: error: cannot find 'no-such-script.yaml'"]);
  });

  it('adds nothing to what it reported, even with --debug: exit 1 on errors, 2 on a bad path', async () => {
    const errors = await coach(['--debug', 'validate', fixture('errors.yaml')], { env: NO_COLOR });
    expect(errors.code).toBe(1);
    expect(errors.stderr).toBe('');
    const missing = await coach(['validate', '--debug', 'no-such-script.yaml'], { env: NO_COLOR });
    expect(missing.code).toBe(2);
    expect(lines(missing.stderr)).toEqual(["coach: error: cannot find 'no-such-script.yaml'"]);
  });

  it('still checks the other paths, then reports the missing one and exits 2', async () => {
    const run = await coach(['--lang', 'pl', 'validate', 'brak.yaml', fixture('valid.yaml')], {
      env: NO_COLOR,
    });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('Plik jest poprawny.\n');
    expect(lines(run.stderr)).toEqual(["coach: błąd: nie znaleziono 'brak.yaml'"]);
  });

  it('calls an empty folder an error with a hint and exits 2', async () => {
    mkdirSync(inTmp('empty-folder'));
    writeFileSync(inTmp('empty-folder', 'notes.txt'), 'not a script\n');
    const run = await coach(['validate', inTmp('empty-folder')], { env: NO_COLOR });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(lines(run.stderr)).toEqual([
      `coach: error: no scripts in the folder '${inTmp('empty-folder')}'`,
      expect.stringMatching(/^hint: .*\.yaml.*\.yml/),
    ]);
  });
});

describe('coach validate: hostile and odd files', () => {
  const expectCleanFailure = (
    run: { code: number; stdout: string; stderr: string },
    code: string,
  ) => {
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toMatch(STACK);
    expect(heads(run.stdout).map((h) => h.code)).toContain(code);
  };

  it('reports an empty file', async () => {
    expectCleanFailure(
      await coach(['validate', fixture('empty.yaml')], { env: NO_COLOR }),
      'EMPTY_FILE',
    );
  });

  it('reports a binary file without printing its bytes', async () => {
    const file = inTmp('logo.yaml');
    writeFileSync(
      file,
      Buffer.from([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x1b, 0x5b, 0x32, 0x4a, 0x00, 0xff,
      ]),
    );
    const run = await coach(['validate', file], { env: NO_COLOR });
    expectCleanFailure(run, 'BINARY_FILE');
    expect(lines(run.stdout)).toHaveLength(2);
    expect(run.stdout).not.toMatch(CONTROL);
    expect(run.stdout).not.toContain('\ufffd');
  });

  it('refuses a file over 1 MiB', async () => {
    const file = inTmp('huge.yaml');
    writeFileSync(file, `coach: 1\nid: huge\n# ${'x'.repeat(1024 * 1024)}\n`);
    expectCleanFailure(await coach(['validate', file], { env: NO_COLOR }), 'FILE_TOO_LARGE');
  });

  it('stops an alias bomb', async () => {
    expectCleanFailure(
      await coach(['validate', fixture('alias-bomb.yaml')], { env: NO_COLOR }),
      'ALIAS_LIMIT',
    );
  });

  it('reports __proto__ keys as unknown keys', async () => {
    const run = await coach(['validate', '--json', fixture('proto.yaml')]);
    expect(run.code).toBe(1);
    const data = JSON.parse(run.stdout) as Array<{ code: string; message: string }>;
    const unknown = data.filter((d) => d.code === 'UNKNOWN_KEY');
    expect(unknown).toHaveLength(2);
    expect(unknown.every((d) => d.message.includes('__proto__'))).toBe(true);
  });

  it('survives deeply nested YAML', async () => {
    const file = inTmp('deep.yaml');
    writeFileSync(file, `coach: 1\nid: deep\ntitle: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`);
    const run = await coach(['validate', file], { env: NO_COLOR });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toMatch(STACK);
    expect(heads(run.stdout).length).toBeGreaterThan(0);
  });

  it('checks 1,000 files in a folder', async () => {
    const dir = inTmp('thousand');
    const valid = readFileSync(fixture('valid.yaml'));
    for (let i = 0; i < 1000; i++) {
      const sub = join(dir, `team-${Math.floor(i / 100)}`);
      if (i % 100 === 0) mkdirSync(sub, { recursive: true });
      writeFileSync(join(sub, `script-${i}.yaml`), valid);
    }
    const run = await coach(['validate', dir], { env: NO_COLOR });
    expect(run).toEqual({ code: 0, stdout: 'All 1,000 files are valid.\n', stderr: '' });

    writeFileSync(join(dir, 'team-5', 'script-500.yaml'), readFileSync(fixture('errors.yaml')));
    const json = await coach(['validate', '--json', dir]);
    expect(json.code).toBe(1);
    const files = new Set((JSON.parse(json.stdout) as Array<{ file: string }>).map((d) => d.file));
    expect([...files]).toEqual([join(dir, 'team-5', 'script-500.yaml')]);
  });
});

describe('coach validate: terminal safety', () => {
  const ESC = '\u001b';

  function hostileScript(): string {
    const dir = inTmp('hostile');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `evil${ESC}[31m.yaml`);
    writeFileSync(
      file,
      [
        'coach: 1',
        'id: hostile',
        'title: { en: Hostile }',
        `"${ESC}]0;owned${ESC}\\\\": 1`,
        `colour: "${ESC}[2J${ESC}[31mred\u009b31m\u202eevil"`,
        'steps: []',
        '',
      ].join('\n'),
    );
    return dir;
  }

  it('never prints a control sequence from a script or its name (NO_COLOR=1)', async () => {
    const run = await coach(['validate', hostileScript()], { env: NO_COLOR });
    expect(run.code).toBe(1);
    expect(heads(run.stdout).length).toBeGreaterThan(0);
    expect(run.stdout + run.stderr).not.toMatch(CONTROL_OR_BIDI);
  });

  it('with colour forced, its only escape sequences are its own colours', async () => {
    const run = await coach(['validate', hostileScript()], { env: { FORCE_COLOR: '1' } });
    expect(run.stdout).toContain(`${ESC}[31m`);
    expect(run.stdout.replace(SGR, '')).not.toMatch(CONTROL);
  });

  it('prints no colour with --no-color even when FORCE_COLOR is set', async () => {
    const run = await coach(['validate', '--no-color', fixture('errors.yaml')], {
      env: { FORCE_COLOR: '1' },
    });
    expect(run.stdout).not.toContain(ESC);
  });

  it('prints no colour when stdout is not a terminal', async () => {
    const run = await coach(['validate', fixture('errors.yaml')]);
    expect(run.stdout).not.toContain(ESC);
  });
});
