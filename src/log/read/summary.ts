/**
 * One session in a row: who, which script, how it ended, how long, and what
 * happened to its steps, from the same per-session record `coach report` counts.
 * The path comes from session/path.ts; for an interrupted session the required
 * steps it could still have reached come from its script snapshot.
 */
import type { Script } from '../../script/types.js';
import { visitsFromEvents } from '../../session/path.js';
import { unreachedFrom } from '../../session/unreached.js';
import { resultsOf } from '../../session/visits.js';
import { NOTE, stringList } from './line-rules.js';
import { skippedOf, stageOfEach } from './path-of.js';
import type { SessionScratch } from './scratch.js';
import type { SessionSummary, SkippedStep } from './types.js';

function define<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** The summary of a session read into `s`; `script` (its snapshot) matters only without an end line. */
export function summarize(s: SessionScratch, script?: Script): SessionSummary {
  const visits = visitsFromEvents(s.pathEvents());
  const stages = stageOfEach(s);
  const reasons = new Map<string, string>();
  const choices: Record<string, string> = {};
  for (const visit of visits) {
    if (visit.reason !== undefined) reasons.set(visit.step, visit.reason);
    if (visit.choice !== undefined) define(choices, visit.step, visit.choice);
  }
  const results = resultsOf(visits);
  const done = [
    ...new Set(visits.filter((v) => results[v.step] === 'done').map((visit) => visit.step)),
  ];
  const skipped: SkippedStep[] = skippedOf(s, visits).map((step) => ({
    step,
    stage: Object.hasOwn(stages, step) ? stages[step] : undefined,
    reason: reasons.get(step) ?? '',
  }));
  const notes: { step: string; text: string }[] = [];
  for (let i = 0; i < s.count; i++) {
    if (s.codes[i] === NOTE) notes.push({ step: s.steps[i] as string, text: s.texts[i] as string });
  }
  const ended = s.status !== 'interrupted';
  return {
    file: s.file,
    session: s.session,
    startedAt: s.startedAt,
    agent: s.agent,
    host: s.host,
    script: { id: s.script, ...(s.version !== '' ? { version: s.version } : {}), sha256: s.sha },
    locale: s.locale,
    status: s.status,
    ...(s.outcome !== '' ? { outcome: s.outcome as SessionSummary['outcome'] } : {}),
    ms: s.callMs(),
    done,
    skipped,
    unreached: ended ? stringList(s.endUnreachedJson) : script ? unreachedFrom(script, visits) : [],
    stages,
    notes,
    choices,
    ...(!ended && !script ? { snapshotMissing: true as const } : {}),
  };
}
