/**
 * One session in a row: who, which script, how it ended, how long, and what
 * happened to its steps. The path is rebuilt from the events the way the machine
 * keeps it (a `back` drops the visits it undoes); for an interrupted session the
 * steps it never reached come from re-driving the machine over the script snapshot.
 */
import type { Script, Stage } from '../../script/types.js';
import { actionsFromEvents, applyAction, startSession, unreachedAt } from '../../session/index.js';
import type { LoggedEvent, SessionRecord, SessionSummary, SkippedStep } from './types.js';

interface Visit {
  readonly step: string;
  result?: 'done' | 'skipped';
  reason?: string;
  choice?: string;
}

function pathOf(events: readonly LoggedEvent[]): Visit[] {
  const visits: Visit[] = [];
  for (const event of events) {
    const open = visits.at(-1);
    if (event.type === 'enter') visits.push({ step: event.step });
    else if (event.type === 'done' && open?.step === event.step) open.result = 'done';
    else if (event.type === 'skip' && open?.step === event.step) {
      open.result = 'skipped';
      open.reason = event.reason;
    } else if (event.type === 'choice' && open?.step === event.step) open.choice = event.option;
    else if (event.type === 'back') {
      if (open && open.result === undefined) visits.pop();
      // The reopened step loses its result; its `enter` follows and opens it again.
      if (visits.at(-1)?.step === event.to) visits.pop();
    }
  }
  return visits;
}

/** Required steps an interrupted call could still have reached, by the machine itself. */
function unreachedOf(record: SessionRecord, script: Script): string[] {
  const header = record.header;
  if (!header) return [];
  let state = startSession(script, header.startedAt, header.vars).state;
  for (const { action, index } of actionsFromEvents(record.events)) {
    const at = record.events[index]?.at ?? header.startedAt;
    const next = applyAction(script, state, action, at);
    if (next.ok) state = next.state;
  }
  return unreachedAt(script, state);
}

/**
 * The summary of a session record (one with a header). `script` is the session's
 * script snapshot; it is needed only for interrupted sessions.
 */
export function summarize(record: SessionRecord, script?: Script): SessionSummary {
  const header = record.header;
  if (!header) throw new TypeError('summarize needs a session record with a start line');
  const visits = pathOf(record.events);
  const results = new Map<string, 'done' | 'skipped'>();
  const reasons = new Map<string, string>();
  const choices: Record<string, string> = {};
  for (const visit of visits) {
    if (visit.result === 'done' || !results.has(visit.step)) {
      if (visit.result) results.set(visit.step, visit.result);
    }
    if (visit.reason !== undefined) reasons.set(visit.step, visit.reason);
    if (visit.choice !== undefined) {
      Object.defineProperty(choices, visit.step, {
        value: visit.choice,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  const stages: Record<string, Stage> = {};
  const notes: { step: string; text: string }[] = [];
  for (const event of record.events) {
    if (
      (event.type === 'enter' || event.type === 'done' || event.type === 'skip') &&
      !Object.hasOwn(stages, event.step)
    ) {
      Object.defineProperty(stages, event.step, { value: event.stage, enumerable: true });
    }
    if (event.type === 'note') notes.push({ step: event.step, text: event.text });
  }
  const end = record.end;
  const done = [...results].filter(([, result]) => result === 'done').map(([step]) => step);
  const skippedIds =
    end?.skipped ?? [...results].filter(([, r]) => r === 'skipped').map(([step]) => step);
  const skipped: SkippedStep[] = skippedIds.map((step) => ({
    step,
    stage: Object.hasOwn(stages, step) ? stages[step] : undefined,
    reason: reasons.get(step) ?? '',
  }));
  const missing = !end && !script;
  return {
    file: record.file,
    session: header.session,
    startedAt: header.startedAt,
    agent: header.agent,
    host: header.host,
    script: {
      id: header.script.id,
      ...(header.script.version !== undefined ? { version: header.script.version } : {}),
      sha256: header.script.sha256,
    },
    locale: header.locale,
    status: record.status,
    ...(end?.outcome !== undefined ? { outcome: end.outcome } : {}),
    ms: end ? end.ms : Math.max(0, record.lastAt - header.startedAt),
    done,
    skipped,
    unreached: end ? end.unreached : script ? unreachedOf(record, script) : [],
    stages,
    notes,
    choices,
    ...(missing ? { snapshotMissing: true as const } : {}),
  };
}
