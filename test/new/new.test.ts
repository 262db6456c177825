/**
 * `coach new` and `coach schema` through the built CLI (dist/ is built before the tests run).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { initI18n, translatorFor } from '../../src/i18n/index.js';
import { packagePath, schemaPath } from '../../src/paths.js';
import { errorsOf } from '../schema/validator.js';

const BIN = packagePath('bin', 'coach.js');
let dir: string;

function coach(...args: string[]) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    LANG: 'C',
    LC_ALL: '',
    LC_MESSAGES: '',
    NO_COLOR: '1',
  };
  delete env.COACH_LANG;
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, env, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const read = (file: string) => readFileSync(join(dir, file), 'utf8');

beforeAll(() => {
  initI18n('en');
  dir = mkdtempSync(join(tmpdir(), 'coach-new-'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('coach new', () => {
  it('writes a valid script in the interface locale, creating folders', () => {
    const run = coach('new', 'team/retail/Store Returns.yaml');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const script = parse(read('team/retail/Store Returns.yaml'));
    expect(errorsOf(script)).toEqual([]);
    expect(script).toMatchObject({ id: 'store-returns', source: 'en', locales: ['en'] });
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(run.stdout).toContain("coach validate 'team/retail/Store Returns.yaml'");
  });

  it('points the schema line at the package schema, relative to the script', () => {
    coach('new', 'deep/er/a.yaml');
    const first = read('deep/er/a.yaml').split('\n')[0] ?? '';
    const ref = first.replace('# yaml-language-server: $schema=', '');
    expect(ref).not.toBe(first);
    expect(readFileSync(join(dir, 'deep/er', ref), 'utf8')).toBe(
      readFileSync(schemaPath(), 'utf8'),
    );
  });

  it('refuses to overwrite with exit 2 and a hint, leaving the file alone', () => {
    writeFileSync(join(dir, 'mine.yaml'), 'keep me\n');
    const run = coach('new', 'mine.yaml');
    const t = translatorFor('en');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(t('new.errors.exists', { file: 'mine.yaml' }));
    expect(run.stderr).toContain(t('new.errors.existsHint'));
    expect(run.stdout).toBe('');
    expect(read('mine.yaml')).toBe('keep me\n');
  });

  it('overwrites with --force, in the chosen locales, leaving no temporary file', () => {
    writeFileSync(join(dir, 'forced.yaml'), 'old\n');
    const run = coach('new', 'forced.yaml', '--force', '--locales', 'pl,cs', '--title', 'Zwroty');
    expect(run.code).toBe(0);
    const script = parse(read('forced.yaml'));
    expect(errorsOf(script)).toEqual([]);
    expect(script).toMatchObject({ id: 'forced', source: 'pl', locales: ['pl', 'cs'] });
    expect(Object.keys(script.title)).toEqual(['pl', 'cs']);
    expect(script.title.pl).toBe('Zwroty');
    expect(script.steps[0].say.cs).toBe(
      translatorFor('cs')('new.placeholder.steps.greet.say', {
        company: '{{company}}',
        agent: '{{agent}}',
      }),
    );
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('takes --id and speaks the --lang language', () => {
    const run = coach('--lang', 'pl', 'new', 'x.yaml', '--id', 'my-id');
    expect(run.code).toBe(0);
    expect(parse(read('x.yaml')).id).toBe('my-id');
    expect(parse(read('x.yaml')).locales).toEqual(['pl']);
    expect(run.stdout).toBe(
      `${translatorFor('pl')('new.written', { file: 'x.yaml', locales: 'pl' })}\n`,
    );
  });

  it('names a bad --locales code and writes nothing', () => {
    const run = coach('new', 'bad.yaml', '--locales', 'pl,xx');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("'xx'");
    expect(readdirSync(dir)).not.toContain('bad.yaml');
  });

  it('refuses a bad --id and a folder as the target', () => {
    expect(coach('new', 'y.yaml', '--id', 'Not OK').code).toBe(2);
    mkdirSync(join(dir, 'folder.yaml'));
    const run = coach('new', 'folder.yaml', '--force');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      translatorFor('en')('new.errors.isFolder', { file: 'folder.yaml' }),
    );
  });

  it('reports a path it cannot write as bad input', () => {
    writeFileSync(join(dir, 'plain-file'), '');
    const run = coach('new', 'plain-file/inside.yaml');
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('coach schema', () => {
  it('prints the shipped schema as JSON', () => {
    const run = coach('schema');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(readFileSync(schemaPath(), 'utf8')));
  });
});
