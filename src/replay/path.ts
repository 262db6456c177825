/**
 * The path of a call read from its events alone, the way the machine keeps it:
 * each `enter` adds a visit, `back` drops the visit left and reopens the one
 * before. Needs no script, so a timeline can be shown when the snapshot is gone.
 * Fields are read defensively: a log is data from disk.
 */

import type { LoggedEvent } from '../log/read/types.js';
import type { EndEvent } from '../view/index.js';

export interface PathVisit {
  readonly step: string;
  readonly stage: string;
  result?: 'done' | 'skipped';
  reason?: string;
  ms?: number;
  choice?: string;
}

export interface Remark {
  readonly step: string;
  readonly kind: 'capture' | 'note';
  /** `var` for a capture. */
  readonly name?: string;
  readonly text: string;
}

export interface SessionPath {
  readonly visits: PathVisit[];
  readonly remarks: Remark[];
  readonly end?: EndEvent;
  /** Epoch ms of the last event read. */
  readonly lastAt?: number;
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const num = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

export function pathFromEvents(events: readonly LoggedEvent[]): SessionPath {
  const visits: PathVisit[] = [];
  const remarks: Remark[] = [];
  let end: EndEvent | undefined;
  let lastAt: number | undefined;
  for (const event of events) {
    const { at } = event;
    const fields = event as unknown as Readonly<Record<string, unknown>>;
    const open = visits.at(-1);
    lastAt = at;
    switch (event.type) {
      case 'enter':
        visits.push({ step: str(fields.step), stage: str(fields.stage) });
        break;
      case 'done':
      case 'skip':
        if (open && open.step === str(fields.step)) {
          open.result = event.type === 'done' ? 'done' : 'skipped';
          const ms = num(fields.ms);
          if (ms !== undefined) open.ms = ms;
          if (event.type === 'skip') open.reason = str(fields.reason);
        }
        break;
      case 'choice':
        if (open && open.step === str(fields.step)) open.choice = str(fields.option);
        break;
      case 'capture':
        remarks.push({
          step: str(fields.step),
          kind: 'capture',
          name: str(fields.var),
          text: str(fields.value),
        });
        break;
      case 'note':
        remarks.push({ step: str(fields.step), kind: 'note', text: str(fields.text) });
        break;
      case 'back':
        // From a step its open visit goes; from wrap-up nothing is open. Either way the
        // step reopened loses its visit, and the `enter` that follows adds it again.
        if (open && open.result === undefined) visits.pop();
        visits.pop();
        break;
      case 'end':
        end = {
          ...event,
          skipped: Array.isArray(fields.skipped) ? fields.skipped.map(str) : [],
          unreached: Array.isArray(fields.unreached) ? fields.unreached.map(str) : [],
        };
        break;
      default:
        break;
    }
  }
  return {
    visits,
    remarks,
    ...(end ? { end } : {}),
    ...(lastAt === undefined ? {} : { lastAt }),
  };
}
