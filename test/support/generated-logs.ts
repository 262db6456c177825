/**
 * Generated session log folders for tests that compare readers: sessions with
 * loops, back, skips, notes, interrupted and damaged ones, copies in a second
 * workstation's folder, agents spelt several ways; and filters over them.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { dayFolderName } from '../../src/log/dir.js';
import { newSessionId } from '../../src/log/session-id.js';
import { applyAction, startSession } from '../../src/session/index.js';
import type { Action } from '../../src/session/types.js';
import { cycle } from '../session/fixtures.js';

const T0 = Date.parse('2026-11-20T09:00:00.000Z');
const HOUR = 3_600_000;

export const sessionArb = fc.record({
  agent: fc.constantFrom('Ana', 'ana', 'ANA ', 'Bruno', 'Ｂｒｕｎｏ', 'রহিম'),
  locale: fc.constantFrom('en', 'pt', 'bn'),
  version: fc.constantFrom('2026.11', '2026.12'),
  // Often exactly on a bound of filterArb's --since and --until.
  hour: fc.oneof(fc.integer({ min: 0, max: 96 }), fc.constantFrom(15, 24, 39, 48, 51, 69)),
  actions: fc.array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constant<Action>({ type: 'done' }) },
      { weight: 2, arbitrary: fc.constant<Action>({ type: 'back' }) },
      {
        weight: 4,
        arbitrary: fc
          .constantFrom('return', 'buy', 'unsure')
          .map((option): Action => ({ type: 'choose', option })),
      },
      { weight: 3, arbitrary: fc.constant<Action>({ type: 'skip', reason: 'hurry' }) },
      { weight: 1, arbitrary: fc.constant<Action>({ type: 'note', text: 'ok' }) },
    ),
    { maxLength: 25 },
  ),
  ending: fc.constantFrom('end', 'abort', 'none', 'cut'),
  damage: fc.constantFrom('none', 'corrupt', 'after-end'),
  copy: fc.constantFrom('none', 'whole', 'prefix'),
  answers: fc.boolean(),
});

export type Generated = typeof sessionArb extends fc.Arbitrary<infer T> ? T : never;

export function sessionLines(s: Generated, at: number) {
  const id = newSessionId(at);
  const line = (t: number, fields: object) =>
    JSON.stringify({ t: new Date(t).toISOString(), ...fields });
  const start = {
    v: 1,
    type: 'start',
    session: id,
    script: { id: cycle.id, version: s.version, sha256: 'c'.repeat(64) },
    locale: s.locale,
    agent: s.agent,
    host: 'ws',
    coach: '0.1.0',
    logPii: false,
    ...(s.answers ? { answers: true } : {}),
  };
  const out = [line(at, start)];
  const started = startSession(cycle, at);
  let state = started.state;
  for (const event of started.events) out.push(line(at, event));
  let now = at;
  for (const action of s.actions) {
    now += 7000;
    const next = applyAction(cycle, state, action, now);
    if (!next.ok) continue;
    state = next.state;
    for (const event of next.events) out.push(line(now, event));
    if (state.status === 'ended') break;
  }
  if (state.status !== 'ended' && (s.ending === 'end' || s.ending === 'abort')) {
    const ended = applyAction(cycle, state, { type: 'end', outcome: 'resolved' }, now + 1000);
    if (ended.ok) for (const event of ended.events) out.push(line(now + 1000, event));
  }
  if (s.damage === 'corrupt') out.splice(Math.min(2, out.length), 0, '{"t":');
  if (s.damage === 'after-end')
    out.push(line(now + 2000, { type: 'done', step: 'x', stage: 'needs', ms: 1 }));
  let text = `${out.join('\n')}\n`;
  if (s.ending === 'cut')
    text = text.slice(0, Math.max((out[0] as string).length + 1, text.length - 25));
  return { id, text };
}

export function writeFolder(sessions: readonly Generated[]): string {
  const root = mkdtempSync(join(tmpdir(), 'coach-agree-'));
  for (const s of sessions) {
    const at = T0 + s.hour * HOUR;
    const { id, text } = sessionLines(s, at);
    const day = dayFolderName(at);
    mkdirSync(join(root, 'ws1', day), { recursive: true });
    writeFileSync(join(root, 'ws1', day, `${id}.jsonl`), text);
    if (s.copy === 'none') continue;
    mkdirSync(join(root, 'ws2', day), { recursive: true });
    const copy = s.copy === 'whole' ? text : text.slice(0, Math.ceil(text.length / 2));
    writeFileSync(join(root, 'ws2', day, `${id}.jsonl`), copy);
  }
  return root;
}

const filterFields = {
  agent: fc.constantFrom('ana', 'BRUNO', 'রহিম', 'nobody'),
  script: fc.constantFrom(cycle.id, `${cycle.id}@2026.11`, 'other'),
  locale: fc.constantFrom('en', 'PT', 'bn'),
  status: fc.constantFrom('completed', 'aborted', 'interrupted'),
  skipped: fc.constantFrom('need', 'probe', 'name', 'needs', 'rapport', 'solutions'),
  // Sessions start on the hour from 09:00: some start exactly at these bounds.
  since: fc.constantFrom('2026-11-21', '2026-11-22T12:00', '2026-11-21T09:00'),
  until: fc.constantFrom('2026-11-22', '2026-11-23T06:00', '2026-11-22T09:00'),
  answers: fc.boolean(),
};

/** Any combination of filters. */
export const filterArb = fc.record(filterFields, { requiredKeys: [] });

/** One or two filters: combinations of many keep few sessions, and few differences show. */
export const fewFiltersArb = fc
  .tuple(
    fc.record(filterFields),
    fc.shuffledSubarray(Object.keys(filterFields) as (keyof typeof filterFields)[], {
      minLength: 1,
      maxLength: 2,
    }),
  )
  .map(([all, keys]) => Object.fromEntries(keys.map((key) => [key, all[key]])));
