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
import { flatCopy, Interner } from './intern.js';
import { NOTE, stringList } from './line-rules.js';
import { skippedOf, stageOfEach } from './path-of.js';
import type { SessionScratch } from './scratch.js';
import type { SessionSummary, SkippedStep } from './types.js';

/**
 * The summary of a session read into `s`; `script` (its snapshot) matters only
 * without an end line. Its strings are flat copies (names shared through
 * `names`), so a listing of many sessions holds none of their files' text.
 */
export function summarize(
  s: SessionScratch,
  script?: Script,
  names: Interner = new Interner(),
): SessionSummary {
  const visits = visitsFromEvents(s.pathEvents());
  const stages = stageOfEach(s);
  const reasons = new Map<string, string>();
  // No prototype: a step id such as `__proto__` stays a plain key.
  const choices: Record<string, string> = Object.create(null);
  for (const visit of visits) {
    if (visit.reason !== undefined) reasons.set(visit.step, visit.reason);
    if (visit.choice !== undefined) choices[visit.step] = names.of(visit.choice);
  }
  const results = resultsOf(visits);
  const done = [
    ...new Set(visits.filter((v) => results[v.step] === 'done').map((visit) => visit.step)),
  ];
  const skipped: SkippedStep[] = skippedOf(s, visits).map((step) => ({
    step,
    stage: stages[step],
    reason: reasons.get(step) ?? '',
  }));
  const notes: { step: string; text: string }[] = [];
  for (let i = 0; i < s.count; i++) {
    if (s.codes[i] === NOTE) {
      notes.push({ step: s.steps[i] as string, text: flatCopy(s.texts[i] as string) });
    }
  }
  const ended = s.status !== 'interrupted';
  return {
    file: s.file,
    session: flatCopy(s.session),
    startedAt: s.startedAt,
    agent: names.of(s.agent),
    host: names.of(s.host),
    script: {
      id: names.of(s.script),
      ...(s.version !== '' ? { version: names.of(s.version) } : {}),
      sha256: names.of(s.sha),
    },
    locale: names.of(s.locale),
    ...(s.answers ? { answers: true as const } : {}),
    status: s.status,
    ...(s.outcome !== '' ? { outcome: names.of(s.outcome) as SessionSummary['outcome'] } : {}),
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
