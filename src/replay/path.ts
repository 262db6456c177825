/**
 * A call read from its events alone: its path (built by session/path.ts, the
 * rules every reader shares), what was captured and noted, and how it ended.
 * Needs no script, so a timeline can be shown when the snapshot is gone.
 */

import type { LoggedEvent } from '../log/read/types.js';
import { type PathVisit, visitsFromEvents } from '../session/path.js';
import type { EndEvent } from '../view/index.js';

export type { PathVisit } from '../session/path.js';

export interface Remark {
  readonly step: string;
  readonly kind: 'capture' | 'note';
  /** `var` for a capture. */
  readonly name?: string;
  readonly text: string;
}

export interface SessionPath {
  readonly visits: readonly PathVisit[];
  readonly remarks: readonly Remark[];
  readonly end?: EndEvent;
  /** Epoch ms of the last event read. */
  readonly lastAt?: number;
}

export function pathFromEvents(events: readonly LoggedEvent[]): SessionPath {
  const remarks: Remark[] = [];
  let end: EndEvent | undefined;
  for (const event of events) {
    if (event.type === 'capture') {
      remarks.push({ step: event.step, kind: 'capture', name: event.var, text: event.value });
    } else if (event.type === 'note') {
      remarks.push({ step: event.step, kind: 'note', text: event.text });
    } else if (event.type === 'end') {
      end = event;
    }
  }
  const lastAt = events.at(-1)?.at;
  return {
    visits: visitsFromEvents(events),
    remarks,
    ...(end ? { end } : {}),
    ...(lastAt === undefined ? {} : { lastAt }),
  };
}
