/**
 * What a supervisor reads from the team database is what the files say: calls
 * recorded by `coach run --answers` (real scripts, their snapshots and targets,
 * several languages and agents), copied by `coach sync`, then read back by
 * `coach sessions`, `coach report` and `coach replay` with `--db`.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { coach, ROOT } from '../cli/run-coach.js';
import { freshDatabase } from '../support/pg.js';

const WHOLE = `
- done
- capture: { customer: "Ana Lima" }
- note: "asked to be called Ana"
- done
- skip: customer in a hurry
- done
- done
- choose: another-need
- back
- choose: all-covered
- done
- end: resolved
`;
const SHORT = `
- done
- skip: hurry
- skip: not-relevant
- end: callback
`;
const CUT = `
- done
- done
`;

let home: string;
let logDir: string;
let url: string;

function logFiles(): string[] {
  return readdirSync(logDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.jsonl'))
    .map((name) => join(logDir, name))
    .sort();
}

const sessionIds = () => logFiles().map((file) => basename(file, '.jsonl'));

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), 'coach-db-cli-'));
  logDir = join(home, 'logs');
  url = await freshDatabase();
  const calls: [string, string, string, string][] = [
    ['service-cycle', 'en', 'ana', WHOLE],
    ['service-cycle', 'pt', 'Ana', SHORT],
    ['retail-returns', 'bn', 'রহিম', CUT],
    ['service-cycle', 'cs', 'bruno', WHOLE],
  ];
  for (const [i, [script, lang, agent, answers]] of calls.entries()) {
    const file = join(home, `answers-${i}.yaml`);
    writeFileSync(file, answers);
    const ran = await coach(
      ['--lang', lang, 'run', join(ROOT, 'scripts', `${script}.yaml`), '--answers', file],
      { env: { COACH_LOG_DIR: logDir, COACH_AGENT: agent } },
    );
    expect(ran.code, ran.stderr).toBe(0);
  }
  // A call whose end line never reached the disk: interrupted, its unreached steps from its snapshot.
  const cut = logFiles().find((file) => readFileSync(file, 'utf8').includes('"retail-returns"'));
  const text = readFileSync(cut as string, 'utf8');
  writeFileSync(cut as string, text.slice(0, text.lastIndexOf('\n', text.length - 2) + 1));
  const synced = await coach(['sync', logDir, '--db', url]);
  expect(synced.code, synced.stderr).toBe(0);
});

describe('reading the team database (built CLI)', () => {
  it.each([
    [['report', '--format', 'json']],
    [['report', '--format', 'csv', '--by', 'agent']],
    [['report', '--by', 'stage']],
    [['report', '--format', 'json', '--skipped', 'rapport']],
    [['sessions', '--json']],
    [['sessions', '--agent', 'ANA']],
    [['sessions', '--status', 'interrupted', '--json']],
  ])('coach %j gives what it gives over the files', async (args) => {
    const files = await coach([...args, logDir]);
    const db = await coach([...args, '--db', url]);
    expect(files.code, files.stderr).toBe(0);
    expect(db.code, db.stderr).toBe(0);
    expect(db.stdout).toBe(files.stdout);
    expect(db.stderr).toBe(files.stderr);
    expect(files.stdout.length).toBeGreaterThan(20);
  });

  it('replays every session as the files replay it', async () => {
    const ids = sessionIds();
    expect(ids).toHaveLength(4);
    for (const id of ids) {
      const files = await coach(['replay', id, '--summary', '--log-dir', logDir]);
      const db = await coach(['replay', id.slice(0, 12), '--summary', '--db', url]);
      expect(files.code, files.stderr).toBe(0);
      expect(db.stdout).toBe(files.stdout);
      expect(db.stderr).toBe(files.stderr);
    }
  });

  it('takes COACH_DB when no log folder is named, and refuses --db with paths', async () => {
    const files = await coach(['sessions', '--json', logDir]);
    const env = await coach(['sessions', '--json'], { env: { COACH_DB: url } });
    expect(env.stdout).toBe(files.stdout);
    const both = await coach(['sessions', logDir, '--db', url]);
    expect(both.code).toBe(2);
    expect(both.stderr.split('\n')[0]).toMatch(/--db/);
  });

  it('copies nothing again on a second sync', async () => {
    const again = await coach(['sync', logDir, '--db', url]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/^0 new log lines of 0 sessions copied to /);
    expect(again.stdout).toMatch(/4 of 4 files were unchanged/);
  });
});
