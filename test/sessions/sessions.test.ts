/**
 * `coach sessions` through the built CLI, over a log folder holding sessions from
 * real `coach run --answers` calls, an interrupted one, damaged lines, a file that
 * is no log, and hostile text.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionSummary } from '../../src/log/read/index.js';
import { displayWidth } from '../../src/text/width.js';
import { coach, lines, ROOT } from '../cli/run-coach.js';
import { makeTempDir } from '../log/temp.js';

const temp = makeTempDir();
const logDir = join(temp.dir, 'logs');
afterAll(temp.remove);

const ESC = '\u001b';
const EVIL_AGENT = `ev${ESC}[31mil\u0007\u009b2J`;
const OLD = '2026-01-05';

function answers(name: string, entries: string): string {
  const file = join(temp.dir, name);
  writeFileSync(file, entries);
  return file;
}

async function run(agent: string, file: string): Promise<void> {
  const ran = await coach(['run', '--answers', file, '--log-dir', logDir, '--agent', agent], {
    cwd: temp.dir,
  });
  if (ran.code !== 0) throw new Error(`coach run failed: ${ran.stderr}`);
}

/** A session written by hand in an old day folder: no snapshot, hostile text, damage. */
function writeOddFiles(): void {
  const day = join(logDir, OLD);
  mkdirSync(day, { recursive: true });
  const start = {
    v: 1,
    t: `${OLD}T10:00:00.000Z`,
    type: 'start',
    session: '01KE6ZZZZZZZZZZZZZZZZZZZZZ',
    script: { id: 'retail-returns', version: '2026.01', sha256: 'b'.repeat(64) },
    locale: 'bn',
    agent: EVIL_AGENT,
    host: 'ws',
    coach: '0.1.0',
  };
  const lines = [
    JSON.stringify(start),
    JSON.stringify({ t: `${OLD}T10:00:00.000Z`, type: 'enter', step: 'greet', stage: 'greeting' }),
    '{"t":"2026-01-05T10:00:01.000Z","type":"done","ste',
    JSON.stringify({
      t: `${OLD}T10:01:05.000Z`,
      type: 'note',
      step: 'greet',
      text: `x${ESC}]0;pwn\u0007`,
    }),
    JSON.stringify({ t: `${OLD}T10:01:06.000Z`, type: 'hold' }),
  ];
  // No end line and a cut-off last line: interrupted, one corrupt, one unknown, one truncated.
  writeFileSync(join(day, '01KE6ZZZZZZZZZZZZZZZZZZZZZ.jsonl'), `${lines.join('\n')}\n{"t":"20`);
  writeFileSync(join(day, 'README.jsonl'), 'these are not the logs you are looking for\n');
}

/** What the end line of the run by `agent` listed as unreached, before that line is cut off. */
let cutUnreached: unknown;

/** `coach run --answers` ends the call when the answers run out: cut the end line off. */
function interrupt(agent: string): void {
  const day = join(logDir, readdirSync(logDir).find((name) => name !== 'scripts') as string);
  for (const name of readdirSync(day)) {
    const file = join(day, name);
    const text = readFileSync(file, 'utf8').trimEnd().split('\n');
    if (!(text[0] as string).includes(`"agent":"${agent}"`)) continue;
    cutUnreached = JSON.parse(text.at(-1) as string).unreached;
    writeFileSync(file, `${text.slice(0, -1).join('\n')}\n`);
  }
}

beforeAll(async () => {
  await run('ana', answers('a.yaml', '- done\n- skip: customer in a hurry\n- done\n- end\n'));
  await run('রহিম', answers('b.yaml', '- done\n- done\n'));
  interrupt('রহিম');
  writeOddFiles();
}, 60_000);

async function listJson(args: string[] = []): Promise<SessionSummary[]> {
  const ran = await coach(['sessions', logDir, '--json', ...args]);
  expect(ran.code).toBe(0);
  return JSON.parse(ran.stdout) as SessionSummary[];
}

describe('coach sessions --json', () => {
  it('lists every session newest first, prints only JSON on stdout, warns on stderr, exits 0', async () => {
    const ran = await coach(['sessions', '--json', '--log-dir', logDir]);
    expect(ran.code).toBe(0);
    expect(ran.stdout).not.toContain(ESC);
    const list = JSON.parse(ran.stdout) as SessionSummary[];
    expect(list.map((s) => s.agent)).toEqual(['রহিম', 'ana', EVIL_AGENT]);
    expect(list[1]).toMatchObject({
      status: 'aborted',
      locale: 'en',
      script: { id: 'service-cycle' },
      skipped: [{ step: 'name', reason: 'customer in a hurry' }],
    });
    expect(list[2]).toMatchObject({
      status: 'interrupted',
      ms: 66_000,
      snapshotMissing: true,
      unreached: [],
    });
    const err = lines(ran.stderr);
    expect(err).toHaveLength(2);
    expect(err[0]).toMatch(/3 log lines .*1 cut off at the end, 1 damaged, 1 of an unknown kind/);
    expect(err[1]).toContain(`'${join(logDir, OLD, 'README.jsonl')}' is not a session log`);
  });

  it('works out unreached steps of an interrupted run from its snapshot', async () => {
    const [cut] = await listJson(['--agent', 'রহিম']);
    expect(cut?.status).toBe('interrupted');
    expect(cut?.snapshotMissing).toBeUndefined();
    expect(cut?.unreached.length).toBeGreaterThan(0);
    expect(cut?.unreached).toEqual(cutUnreached);
  });

  it('applies the filters', async () => {
    expect((await listJson(['--status', 'interrupted'])).map((s) => s.locale).sort()).toEqual([
      'bn',
      'en',
    ]);
    expect((await listJson(['--skipped', 'rapport'])).map((s) => s.agent)).toEqual(['ana']);
    expect((await listJson(['--until', '2026-06-01'])).map((s) => s.locale)).toEqual(['bn']);
    expect(await listJson(['--since', '1h', '--locale', 'bn'])).toEqual([]);
  });

  it('exits 2 with one line and a hint on a bad filter or a missing path', async () => {
    for (const args of [
      ['--since', 'last tuesday'],
      ['--status', 'done'],
      [join(temp.dir, 'nowhere')],
    ]) {
      const ran = await coach(['sessions', '--log-dir', logDir, ...args]);
      expect(ran.code).toBe(2);
      expect(ran.stdout).toBe('');
      expect(lines(ran.stderr)).toHaveLength(2);
    }
  });
});

/** Each line's display width, and where each column starts, must agree on every row. */
function expectAligned(out: string, agents: readonly string[], locale: string): void {
  const rows = lines(out).slice(0, -1);
  expect(rows).toHaveLength(agents.length + 1);
  expect(new Set(rows.map(displayWidth)).size).toBe(1);
  const headers = JSON.parse(readFileSync(join(ROOT, 'locales', `${locale}.json`), 'utf8')).sessions
    .headers as Record<string, string>;
  const header = rows[0] as string;
  const agentColumn = displayWidth(header.slice(0, header.indexOf(headers.agent as string)));
  const scriptColumn = displayWidth(header.slice(0, header.indexOf(headers.script as string)));
  rows.slice(1).forEach((row, i) => {
    const agent = agents[i] as string;
    expect(displayWidth(row.slice(0, row.indexOf(agent)))).toBe(agentColumn);
    const script = row.includes('service-cycle') ? 'service-cycle' : 'retail-returns';
    expect(displayWidth(row.slice(0, row.indexOf(script)))).toBe(scriptColumn);
  });
}

describe('coach sessions (table)', () => {
  const SHOWN_AGENTS = ['রহিম', 'ana', 'ev[31mil2J'];

  it.each(['en', 'bn', 'pl'])(
    'aligns its columns in %s and cleans control characters',
    async (lang) => {
      const ran = await coach(['--lang', lang, 'sessions', logDir]);
      expect(ran.code).toBe(0);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point
      expect(ran.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
      expectAligned(ran.stdout, SHOWN_AGENTS, lang);
      expect(lines(ran.stderr)).toHaveLength(2);
    },
  );

  it('writes Bengali digits and headers in bn', async () => {
    const ran = await coach(['--lang', 'bn', 'sessions', logDir]);
    expect(ran.stdout).toContain('এজেন্ট');
    // The clock every view of a call shows: mm:ss, as coach run and coach replay print it.
    expect(ran.stdout).toContain('০১:০৬');
    expect(lines(ran.stdout).at(-1)).toBe('৩টি সেশন');
  });

  it('says so when nothing matches', async () => {
    const ran = await coach(['sessions', logDir, '--agent', 'nobody']);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toBe('No sessions found.\n');
  });
});
