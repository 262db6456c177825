/**
 * `coach run --answers FILE` as a demo or a test harness uses it: the log it
 * leaves is the log the pure machine describes for the same actions, and every
 * kind of bad input ends with the right exit code, one clear line and a sound log.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyAction, startSession } from '../../src/session/index.js';
import type { SessionEvent } from '../../src/session/types.js';
import {
  coach,
  eventKeys,
  type LogLine,
  linesOf,
  onlyLog,
  removeTemps,
  sessionLogs,
  tempDir,
} from './cli.js';
import { actionOf, answersYaml, type Entry, PLANS, type Plan, shippedScript } from './plans.js';

afterEach(removeTemps);

const REDACTED = '‹redacted›';

function setup(entries: readonly unknown[] | string) {
  const home = tempDir();
  const answers = join(home, 'answers.yaml');
  writeFileSync(answers, typeof entries === 'string' ? entries : answersYaml(entries));
  return { home, answers, logDir: join(home, 'logs') };
}

function runAnswers(script: string, entries: readonly unknown[] | string, extra: string[] = []) {
  const where = setup(entries);
  const args = ['run', script, '--answers', where.answers, '--log-dir', where.logDir];
  return coach([...args, '--agent', 'ana', ...extra], { home: where.home }).then((ran) => ({
    ...where,
    ...ran,
  }));
}

/** What the pure machine emits for the plan, as the log stores it (minus `t` and `ms`). */
function machineEvents(plan: Plan, logPii: boolean): unknown[] {
  const script = shippedScript(plan.script);
  const pii = new Set(script.variables.filter((v) => v.pii).map((v) => v.name));
  const started = startSession(script, 0, { agent: 'ana' });
  const events: SessionEvent[] = [...started.events];
  let state = started.state;
  for (const [i, entry] of plan.entries.entries()) {
    const transition = applyAction(script, state, actionOf(entry), i + 1);
    if (!transition.ok) throw new Error(`entry ${i + 1} is refused: ${transition.reason}`);
    events.push(...transition.events);
    state = transition.state;
  }
  return events.map((event) =>
    event.type === 'capture' && pii.has(event.var) && !logPii
      ? comparable({ ...event, value: REDACTED })
      : comparable(event),
  );
}

function comparable(event: object): unknown {
  const { t: _t, ms: _ms, ...rest } = event as Record<string, unknown>;
  return JSON.parse(JSON.stringify(rest));
}

const ofType = (log: readonly LogLine[], type: string) => log.filter((l) => l.type === type);

function given<K extends string>(entries: readonly Entry[], key: K): unknown[] {
  return entries
    .filter((e): e is Entry & Record<K, unknown> => typeof e === 'object' && key in e)
    .map((e) => e[key]);
}

describe('a whole call from an answers file', () => {
  it.each(PLANS)('logs $script exactly as the machine plays it', async (plan) => {
    const ran = await runAnswers(plan.script, plan.entries);
    expect(ran.stderr).toBe('');
    expect(ran.code).toBe(0);
    const log = onlyLog(ran.logDir);
    expect(eventKeys(log)).toEqual(plan.keys);
    expect(log[0]).toMatchObject({
      v: 1,
      type: 'start',
      locale: 'en',
      agent: 'ana',
      logPii: false,
      script: { id: plan.script },
      // Reports can leave out sessions no agent took (docs/log-format.md §4).
      answers: true,
    });
    for (const line of log.filter((l) => ['done', 'skip', 'end'].includes(l.type))) {
      expect(line.ms).toBeGreaterThanOrEqual(0);
    }
    expect(ofType(log, 'skip').map((l) => l.reason)).toEqual(given(plan.entries, 'skip'));
    expect(ofType(log, 'choice').map((l) => l.option)).toEqual(given(plan.entries, 'choose'));
    expect(ofType(log, 'note').map((l) => l.text)).toEqual(given(plan.entries, 'note'));
    for (const capture of ofType(log, 'capture')) {
      expect(capture.value).toBe(capture.var === 'customer' ? REDACTED : 'R-2026-118');
    }
    expect(log.at(-1)).toMatchObject({
      type: 'end',
      status: 'completed',
      outcome: given(plan.entries, 'end')[0],
      unreached: [],
    });
    expect(log.slice(1).map(comparable)).toEqual(machineEvents(plan, false));
    expect(ran.stdout).toContain(sessionLogs(ran.logDir)[0]);
  });

  it('stores personal values as typed with --log-pii', async () => {
    const plan = PLANS[0] as Plan;
    const ran = await runAnswers(plan.script, plan.entries, ['--log-pii']);
    expect(ran.code).toBe(0);
    const log = onlyLog(ran.logDir);
    expect(log[0]).toMatchObject({ logPii: true });
    expect(ofType(log, 'capture')).toMatchObject([{ var: 'customer', value: 'Ana Lima' }]);
    expect(log.slice(1).map(comparable)).toEqual(machineEvents(plan, true));
  });

  it('records --var values in the start line', async () => {
    const ran = await runAnswers('service-cycle', [], ['--var', 'company=Blue Shop']);
    expect(ran.code).toBe(0);
    expect(onlyLog(ran.logDir)[0]).toMatchObject({
      vars: { company: 'Blue Shop', agent: 'ana' },
    });
  });
});

describe('answers that stop or go wrong', () => {
  it('ends the call as aborted when the answers run out', async () => {
    const ran = await runAnswers('retail-returns', ['done', 'done']);
    expect(ran.code).toBe(0);
    const log = onlyLog(ran.logDir);
    expect(eventKeys(log)).toEqual([
      'start',
      'enter:greet',
      'done:greet',
      'enter:name',
      'done:name',
      'enter:remark',
      'end',
    ]);
    expect(log.at(-1)).toMatchObject({
      status: 'aborted',
      unreached: ['verify', 'thanks'],
    });
    expect(log.at(-1)).not.toHaveProperty('outcome');
  });

  it('exits 2 naming the entry that does not fit, before any log is written', async () => {
    const ran = await runAnswers('retail-returns', ['done', 'done', 'done', { choose: 'nope' }]);
    expect(ran.code).toBe(2);
    expect(ran.stdout).toBe('');
    const [error, ...rest] = linesOf(ran.stderr);
    expect(error).toMatch(/^coach: error: entry 4 /);
    expect(rest).toEqual([expect.stringMatching(/^hint: /)]);
    // The whole file is played on the machine first: a file that does not fit leaves no log.
    expect(sessionLogs(ran.logDir)).toEqual([]);
  });

  it('exits 2 for an entry after the call has ended', async () => {
    const ran = await runAnswers('service-cycle', ['end', 'done']);
    expect(ran.code).toBe(2);
    expect(linesOf(ran.stderr)[0]).toMatch(/entry 2 /);
    expect(sessionLogs(ran.logDir)).toEqual([]);
  });

  it.each([
    ['a mapping instead of a list', 'done: yes\n', /list/],
    ['an unknown action', '- done\n- jump: 3\n', /entry 2 /],
    ['an entry with two actions', '- {done: 1, back: 1}\n', /entry 1 /],
    ['a toggle that is not a number', '- toggle: first\n', /entry 1 /],
    ['an unknown outcome', '- end: happy\n', /entry 1 /],
    ['text that is not YAML', '- [unclosed\n', /YAML/],
  ])('exits 2 before any log is written for %s', async (_, text, message) => {
    const ran = await runAnswers('service-cycle', text);
    expect(ran.code).toBe(2);
    expect(linesOf(ran.stderr)[0]).toMatch(message);
    expect(linesOf(ran.stderr)).toHaveLength(2);
    expect(sessionLogs(ran.logDir)).toEqual([]);
  });
});
