/** A made log as the reader would give it back: a record a replay can open. */
import { emptyCounts } from '../../src/log/read/tally.js';
import type { ReplayRecord } from '../../src/replay/open.js';
import type { MadeLog } from './helpers.js';

export function recordOf(log: MadeLog): ReplayRecord {
  const end = log.events.find((event) => event.type === 'end');
  return {
    file: `/logs/${log.header.session}.jsonl`,
    header: log.header,
    events: log.events,
    ...(end?.type === 'end' ? { end } : {}),
    status: end ? 'completed' : 'interrupted',
    lastAt: log.events.at(-1)?.at ?? log.header.startedAt,
    counts: emptyCounts(),
  };
}
