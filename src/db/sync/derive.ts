/**
 * What the team database keeps beside a session's lines, made by the one log
 * reader from the session's whole file (the same reading `coach sessions` and
 * `coach report` do over files): a row for the session, with what the filters
 * and the report's groups need, and a row per step event (enter, done, skip).
 */
import { agentKey } from '../../log/agent.js';
import { DONE, ENTER, SKIP } from '../../log/read/line-rules.js';
import { skippedOf, stageOfEach } from '../../log/read/path-of.js';
import type { SessionScratch } from '../../log/read/scratch.js';
import { NULL, nullableText, row, text, textArray } from './copy-text.js';

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
  ]);
}

/** The session's step events for the staging table of coach.steps. */
export function stepRows(s: SessionScratch): string {
  let out = '';
  const session = text(s.session);
  for (let i = 0; i < s.count; i++) {
    const kind = KINDS[s.codes[i] as number];
    if (kind === undefined) continue;
    out += row([
      session,
      String(i),
      kind,
      text(s.steps[i] as string),
      text(s.stages[i] as string),
      String(s.ms[i]),
      kind === 'skip' ? nullableText(s.texts[i]) : NULL,
    ]);
  }
  return out;
}
