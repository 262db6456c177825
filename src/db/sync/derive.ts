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
import type { BinaryField, BinaryRows } from './copy-binary.js';

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
export function sessionRow(rows: BinaryRows, s: SessionScratch, host: string, bytes: number): void {
  const l = s.lines;
  const started = s.startedAt;
  rows.add([
    s.session,
    host,
    s.file,
    { int8: bytes },
    s.agent,
    agentKey(s.agent),
    s.script,
    s.version,
    s.sha,
    s.locale,
    s.locale.toLowerCase(),
    Number.isFinite(started) ? { int8: started } : null,
    { bool: s.answers },
    s.status,
    s.outcome,
    { int8: s.callMs() },
    l.truncated,
    l.corrupt,
    l.unknownType,
    l.newerVersion,
    l.hugeLines,
    l.afterEnd,
    l.overLimit,
    { texts: skippedKeys(s) },
    ...stepArrays(s),
  ]);
}

/** The session's step events (enter, done, skip) as five parallel arrays. */
function stepArrays(s: SessionScratch): BinaryField[] {
  const kinds: string[] = [];
  const ids: string[] = [];
  const stages: string[] = [];
  const ms: number[] = [];
  const reasons: string[] = [];
  for (let i = 0; i < s.count; i++) {
    const kind = KINDS[s.codes[i] as number];
    if (kind === undefined) continue;
    kinds.push(kind);
    ids.push(s.steps[i] as string);
    stages.push(s.stages[i] as string);
    ms.push(s.ms[i] as number);
    reasons.push(kind === 'skip' ? (s.texts[i] as string) : '');
  }
  return [{ texts: kinds }, { texts: ids }, { texts: stages }, { int8s: ms }, { texts: reasons }];
}
