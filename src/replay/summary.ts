/**
 * `coach replay --summary`: the timeline of a recorded call. With the script, the
 * call is re-driven first: a log that no longer fits its script gives a warning,
 * and a log that stops early names the required steps it never reached.
 */
import type { Locale } from '../i18n/locale.js';
import type { Script } from '../script/types.js';
import { unreachedAt } from '../session/index.js';
import { divergenceWarning } from './compose.js';
import { buildFrames } from './frames.js';
import type { ReplayRecord } from './open.js';
import { renderTimeline } from './timeline.js';

export interface ReplaySummary {
  /** The timeline, for stdout. */
  readonly lines: readonly string[];
  /** Warnings for stderr, printed before the timeline. */
  readonly notices: readonly string[];
}

/** `script` is the session's snapshot; without it the timeline comes from the log alone. */
export function summaryLines(
  record: ReplayRecord,
  script: Script | undefined,
  locale: Locale,
): ReplaySummary {
  const notices: string[] = [];
  let unreached: string[] | undefined;
  if (script) {
    const built = buildFrames({ start: record.header, events: record.events, script, columns: 80 });
    if (built.divergence) notices.push(divergenceWarning(built.divergence, locale));
    else if (!built.end) unreached = unreachedAt(script, built.state);
  }
  const lines = renderTimeline({
    start: record.header,
    events: record.events,
    ...(script ? { script } : {}),
    locale,
    ...(unreached ? { unreached } : {}),
  });
  return { lines, notices };
}
