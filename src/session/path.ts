/**
 * A call's path rebuilt from its logged events, by the same rules the machine
 * keeps it (visits.ts): each `enter` opens a visit, `done`/`skip` finish the open
 * one, a `choice` records its option, a `toggle` its ticks, and `back` drops the
 * open visit and reopens the one before (the `enter` that follows opens it
 * again). Every reader of logs builds paths here, so that what "skipped" means
 * in a listing, a report and a replay is what it meant on the call.
 */
import type { StepResult, Visit } from './types.js';

/** The fields of an event the path depends on; a logged event has them all. */
export interface PathEvent {
  readonly type: string;
  readonly step?: string;
  readonly stage?: string;
  readonly ms?: number;
  readonly reason?: string;
  readonly option?: string;
  readonly item?: number;
  readonly checked?: boolean;
  readonly to?: string;
}

/** A visit as the log tells it: the machine's visit plus what readers show of it. */
export interface PathVisit extends Visit {
  readonly stage?: string;
  /** Time on the step, from its `done` or `skip`. */
  readonly ms?: number;
  readonly reason?: string;
}

interface OpenVisit {
  step: string;
  stage?: string;
  result?: StepResult;
  choice?: string;
  checked: number[];
  ms?: number;
  reason?: string;
}

function finish(open: OpenVisit, event: PathEvent): void {
  open.result = event.type === 'done' ? 'done' : 'skipped';
  if (event.ms !== undefined) open.ms = event.ms;
  if (event.type === 'skip') {
    open.reason = event.reason ?? '';
    // A skipped step has no choice, as on the machine.
    delete open.choice;
  }
}

function toggle(open: OpenVisit, item: number, checked: boolean): void {
  const ticks = open.checked.filter((tick) => tick !== item);
  if (checked) ticks.push(item);
  open.checked = ticks.sort((a, b) => a - b);
}

/** The visits of a call's final path, in order. Events are read, never kept. */
export function visitsFromEvents(events: Iterable<PathEvent>): PathVisit[] {
  const visits: OpenVisit[] = [];
  for (const event of events) {
    const open = visits.at(-1);
    const onOpen = open !== undefined && open.result === undefined && open.step === event.step;
    switch (event.type) {
      case 'enter':
        visits.push({
          step: event.step ?? '',
          ...(event.stage === undefined ? {} : { stage: event.stage }),
          checked: [],
        });
        break;
      case 'done':
      case 'skip':
        if (onOpen) finish(open, event);
        break;
      case 'choice':
        if (onOpen && event.option !== undefined) open.choice = event.option;
        break;
      case 'toggle':
        if (onOpen && event.item !== undefined) toggle(open, event.item, event.checked === true);
        break;
      case 'back':
        // From a step its open visit goes; from wrap-up nothing is open. Either way
        // the step reopened loses its visit, and the `enter` that follows adds it again.
        if (open && open.result === undefined) visits.pop();
        if (visits.at(-1)?.step === event.to) visits.pop();
        break;
      default:
        break;
    }
  }
  return visits;
}
