/**
 * What the team database keeps beside a session's lines, made by the one log
 * reader from the session's whole file (the same reading `coach sessions` and
 * `coach report` do over files): a row for the session, with what the filters
 * and the report's groups need, with its step events (enter, done, skip).
 */
import { agentKey } from '../../log/agent.js';
import { DONE, ENTER, SKIP } from '../../log/read/line-rules.js';
import { skippedOf, stageOfEach } from '../../log/read/path-of.js';
import type { SessionScratch } from '../../log/read/scratch.js';
import { NULL, row, text, textArray } from './copy-text.js';

const KINDS: Readonly<Record<number, string>> = {
  [ENTER]: 'enter',
  [DONE]: 'done',
  [SKIP]: 'skip',
};

/** The steps skipped on the call's final path and their stages: what `--skipped` matches. */
function skippedKeys(s: SessionScratch): string[] {
  const skipped = skippedOf(s);
  const stages = stageOfEach(s);
  const keys = new Set(skipped);
  for (const step of skipped) {
    const stage = stages[step];
    if (stage !== undefined) keys.add(stage);
  }
  return [...keys];
}

/** The session's row for the staging table of coach.sessions (column order as in batch.ts). */
export function sessionRow(s: SessionScratch, host: string, bytes: number): string {
  const l = s.lines;
  const started = s.startedAt;
  return row([
    text(s.session),
    text(host),
    text(s.file),
    String(bytes),
    text(s.agent),
    text(agentKey(s.agent)),
    text(s.script),
    text(s.version),
    text(s.sha),
    text(s.locale),
    text(s.locale.toLowerCase()),
    Number.isFinite(started) ? String(started) : NULL,
    s.answers ? 't' : 'f',
    s.status,
    text(s.outcome),
    String(s.callMs()),
    String(l.truncated),
    String(l.corrupt),
    String(l.unknownType),
    String(l.newerVersion),
    String(l.hugeLines),
    String(l.afterEnd),
    String(l.overLimit),
    textArray(skippedKeys(s)),
    ...stepArrays(s),
  ]);
}

/** The session's step events (enter, done, skip) as five parallel arrays. */
function stepArrays(s: SessionScratch): string[] {
  const kinds: string[] = [];
  const ids: string[] = [];
  const stages: string[] = [];
  const ms: string[] = [];
  const reasons: string[] = [];
  for (let i = 0; i < s.count; i++) {
    const kind = KINDS[s.codes[i] as number];
    if (kind === undefined) continue;
    kinds.push(kind);
    ids.push(s.steps[i] as string);
    stages.push(s.stages[i] as string);
    ms.push(String(s.ms[i]));
    reasons.push(kind === 'skip' ? (s.texts[i] as string) : '');
  }
  return [
    textArray(kinds),
    textArray(ids),
    textArray(stages),
    `{${ms.join(',')}}`,
    textArray(reasons),
  ];
}
