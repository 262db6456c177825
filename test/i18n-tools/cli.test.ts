import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { coach, ROOT } from '../cli/run-coach.js';

const NO_COLOR = { NO_COLOR: '1' };
let dir: string;
const at = (...parts: string[]) => join(dir, ...parts);
const snapshot = () =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(at(f), 'utf8')]),
  );
const run = (args: string[], env: Record<string, string> = {}) =>
  coach(args, { cwd: dir, env: { ...NO_COLOR, ...env } });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'coach-i18n-'));
  for (const name of ['service-cycle.yaml', 'retail-returns.yaml'])
    cpSync(join(ROOT, 'scripts', name), at(name));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('coach i18n (coverage)', () => {
  it('without locks, lists unconfirmed translations and fails --check', async () => {
    const result = await run(['i18n', '--check', '.']);
    expect(result.code).toBe(1);
    // The matrix says it all: nothing more on stderr.
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^script +en +pt +pl +bn +cs$/m);
    expect(result.stdout).toMatch(/^retail-returns +84\* +0\/0\/84 /m);
    expect(result.stdout).toMatch(/^retail-returns\.yaml:\d+:\d+: unconfirmed /m);
  });

  it('passes --check after confirm, and reports an edit of the source text as stale at file:line:col', async () => {
    const confirmed = await run(['i18n', 'confirm', '.']);
    expect(confirmed.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([
      'retail-returns.i18n.lock',
      'retail-returns.yaml',
      'service-cycle.i18n.lock',
      'service-cycle.yaml',
    ]);
    expect((await run(['i18n', '--check', '.'])).code).toBe(0);
    // The lock files are not taken for scripts.
    expect((await run(['validate', '.'])).code).toBe(0);

    const file = at('retail-returns.yaml');
    const source = readFileSync(file, 'utf8');
    writeFileSync(
      file,
      source.replace('en: "May I have your name, please?"', 'en: "Could I have your name?"'),
    );
    const stale = await run(['i18n', '--check', '.']);
    expect(stale.code).toBe(1);
    const lines = stale.stdout.split('\n').filter((l) => l.includes(': stale '));
    expect(lines).toHaveLength(4);
    const line =
      source.split('\n').findIndex((l) => l.includes('May I have your name, please?')) + 2;
    expect(lines[0]).toMatch(
      new RegExp(`^retail-returns\\.yaml:${line}:11: stale the pt translation of name\\.ask`),
    );

    expect(
      (await run(['i18n', 'confirm', '.', '--step', 'name', '--locale', 'pt'])).stdout,
    ).toContain('1 translation confirmed');
    const after = await run(['i18n', '--json', '.']);
    const json = JSON.parse(after.stdout);
    expect(json.findings.map((f: { locale: string }) => f.locale)).toEqual(['pl', 'bn', 'cs']);
    expect(json.totals.pt).toEqual({ translated: 124, missing: 0, stale: 0 });
  });

  it('speaks the interface language, with its own digits', async () => {
    const result = await run(['--lang', 'pl', 'i18n', 'confirm', '.']);
    expect(result.stdout).toContain('Potwierdzono');
    const bn = await run(['--lang', 'bn', 'i18n', '.']);
    expect(bn.stdout).toMatch(/^স্ক্রিপ্ট +en +pt/m);
    expect(bn.stdout).toMatch(/^retail-returns +৮৪\* +৮৪\/০\/০ /m);
  });

  it('exits 2 on a path that does not exist and on a bad lock file', async () => {
    expect((await run(['i18n', 'missing-folder'])).code).toBe(2);
    writeFileSync(at('service-cycle.i18n.lock'), 'greet.say: [1, 2]\n');
    const bad = await run(['i18n', '.']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^service-cycle\.i18n\.lock:1:1: /m);
    expect(bad.stderr).not.toContain('coach: error:');
  });
});

describe('coach i18n export / import', () => {
  it('exports to stdout and refuses a bad locale or format with exit 2', async () => {
    const csv = await run(['i18n', 'export', 'service-cycle.yaml', '--locale', 'pt']);
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\r\n')[0]).toBe(
      '\ufeff"id","locale","source","translation","state","stage","step","variables","note"',
    );
    expect((await run(['i18n', 'export', '.', '--locale', 'Portuguese!'])).code).toBe(2);
    expect((await run(['i18n', 'export', '.', '--locale', 'pt', '--format', 'docx'])).code).toBe(2);
    expect((await run(['i18n', 'export', '.'])).code).toBe(2);
    const missing = await run(['i18n', 'import', 'no-such-file.csv']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read the translation file no-such-file.csv');
  });

  for (const format of ['csv', 'po', 'xliff']) {
    it(`round-trips through a ${format} file without changing a byte`, async () => {
      await run(['i18n', 'confirm', '.']);
      const before = snapshot();
      const out = at(`../pl-${format}.${format}`);
      expect(
        (await run(['i18n', 'export', '.', '--locale', 'pl', '--format', format, '--out', out]))
          .code,
      ).toBe(0);
      const imported = await run(['i18n', 'import', out]);
      rmSync(out);
      expect(imported.code).toBe(0);
      expect(snapshot()).toEqual(before);
    });
  }

  it('imports an edited translation, keeps the comments, and refuses a variable mismatch changing nothing', async () => {
    await run(['i18n', 'confirm', '.']);
    const out = at('../pt.po');
    await run([
      'i18n',
      'export',
      'retail-returns.yaml',
      '--locale',
      'pt',
      '--format',
      'po',
      '--out',
      out,
    ]);
    const po = readFileSync(out, 'utf8');
    const edited = po.replace(
      /(msgctxt "retail-returns:name\.ask"\nmsgid "[^"]*"\nmsgstr ")[^"]*"/,
      '$1Pode me dizer o seu nome?"',
    );
    expect(edited).not.toBe(po);
    writeFileSync(out, edited);
    const before = readFileSync(at('retail-returns.yaml'), 'utf8');
    const ok = await run(['i18n', 'import', out, '.']);
    expect(ok.code).toBe(0);
    const after = readFileSync(at('retail-returns.yaml'), 'utf8');
    const changed = after.split('\n').filter((l, i) => l !== before.split('\n')[i]);
    expect(changed).toEqual(['      pt: "Pode me dizer o seu nome?"']);
    expect((await run(['i18n', '--check', '.'])).code).toBe(0);

    writeFileSync(
      out,
      edited.replace('Pode me dizer o seu nome?', 'Pode me dizer o seu nome, {{cliente}}?'),
    );
    const snap = snapshot();
    const refused = await run(['i18n', 'import', out]);
    rmSync(out);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("row 'retail-returns:name.ask'");
    expect(snapshot()).toEqual(snap);
  });

  it('writes its count in the interface language, whatever the language exported', async () => {
    const out = at('../bn.csv');
    const run = await coach(
      ['i18n', 'export', 'retail-returns.yaml', '--locale', 'bn', '--out', out],
      {
        cwd: dir,
        env: { ...NO_COLOR, COACH_LANG: 'en' },
      },
    );
    rmSync(out);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^Wrote \d+ texts to translate into bn to /);
  });

  it('refuses a --locale that is no language, or that a script does not promise, with a hint', async () => {
    for (const command of [['export'], ['confirm']]) {
      const xx = await run(['i18n', ...command, '.', '--locale', 'xx']);
      expect(xx.code).toBe(2);
      expect(xx.stderr).toContain("'xx' is not a language code");
      const de = await run(['i18n', ...command, 'service-cycle.yaml', '--locale', 'de']);
      expect(de.code).toBe(2);
      expect(de.stderr).toContain("does not promise the language 'de'");
      expect(de.stderr).toContain('en, pt, pl, bn, cs');
      expect(de.stderr).toMatch(/add it to locales:/);
    }
    expect(readdirSync(dir).sort()).toEqual(['retail-returns.yaml', 'service-cycle.yaml']);
  });

  it('refuses a script with control characters, printing none of them', async () => {
    const hostile = readFileSync(at('service-cycle.yaml'), 'utf8').replace(
      /^(\s+en: ")([^"]*")/m,
      '$1\\e]0;pwned\\a\\x9b2J\\u202e$2',
    );
    writeFileSync(at('service-cycle.yaml'), hostile);
    for (const format of ['csv', 'po']) {
      const exported = await run(['i18n', 'export', '.', '--locale', 'pt', '--format', format]);
      expect(exported.code).toBe(2);
      expect(exported.stdout).toBe('');
      expect(exported.stderr).toContain('CONTROL_CHARACTER');
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what must not be there
      expect(exported.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    }
  });

  it('imports the semicolon CSV of a spreadsheet, and refuses a file cut off, in another charset or with a bad reference', async () => {
    await run(['i18n', 'confirm', '.']);
    const csv = at('../pt.csv');
    await run(['i18n', 'export', '.', '--locale', 'pt', '--out', csv]);
    const before = snapshot();
    writeFileSync(csv, readFileSync(csv, 'utf8').replace(/","/g, '";"'));
    const semicolons = await run(['i18n', 'import', csv, '.']);
    rmSync(csv);
    expect(semicolons.stderr).toBe('');
    expect(semicolons.code).toBe(0);
    expect(snapshot()).toEqual(before);

    const po = at('../pt.po');
    const xliff = at('../pt.xlf');
    await run(['i18n', 'export', '.', '--locale', 'pt', '--format', 'po', '--out', po]);
    await run(['i18n', 'export', '.', '--locale', 'pt', '--format', 'xliff', '--out', xliff]);
    const text = { po: readFileSync(po, 'utf8'), xliff: readFileSync(xliff, 'utf8') };
    const bad: [string, string, RegExp][] = [
      [po, text.po.replace('charset=UTF-8', 'charset=ISO-8859-2'), /character set ISO-8859-2/],
      [xliff, text.xliff.slice(0, text.xliff.length / 2), /cut off/],
      [xliff, text.xliff.replace(/(<target[^>]*>)/, '$1&#xFFFFFFFF;'), /cannot read .* near /],
    ];
    for (const [file, content, message] of bad) {
      writeFileSync(file, content);
      const refused = await run(['i18n', 'import', file, '.']);
      expect(refused.stderr).toMatch(message);
      expect(refused.stderr).not.toContain('unexpected');
      expect(refused.code).toBe(2);
      expect(snapshot()).toEqual(before);
    }
    rmSync(po);
    rmSync(xliff);
  });
});
