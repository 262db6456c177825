/**
 * Everything a replay shows, as frames: the screens re-driven from the log, then
 * how the call ended — the machine's summary screen, or, when the log stops early
 * or no longer fits its script, a warning and the timeline read from the log.
 * The player (src/ui/replay-player.ts) plays them as `playbackFrames` times them.
 */
import { translatorFor } from '../i18n/index.js';
import type { Locale } from '../i18n/locale.js';
import type { LoggedEvent, SessionHeader } from '../log/read/types.js';
import type { Script } from '../script/types.js';
import { unreachedAt } from '../session/index.js';
import { sanitizeLine } from '../text/sanitize.js';
import { buildFrames, type Divergence, type Frame } from './frames.js';
import type { ReplayRecord } from './open.js';
import { renderTimeline } from './timeline.js';
import { retime, type Timing } from './timing.js';

export interface Replay {
  readonly frames: readonly Frame[];
  readonly divergence?: Divergence;
}

export function divergenceWarning(divergence: Divergence, locale: Locale): string {
  return sanitizeLine(
    translatorFor(locale)('replay.diverged', {
      index: divergence.index + 1,
      event: divergence.event,
    }),
  );
}

export function composeReplay(input: {
  readonly start: SessionHeader;
  readonly events: readonly LoggedEvent[];
  readonly script: Script;
  readonly columns: number;
  /** Locale of the replay's own words (the screens keep the session's locale). */
  readonly locale: Locale;
  readonly footer?: readonly string[];
}): Replay {
  const built = buildFrames(input);
  if (built.end) return { frames: built.frames };
  const timeline = renderTimeline({
    start: input.start,
    events: input.events,
    script: input.script,
    locale: input.locale,
    ...(built.divergence ? {} : { unreached: unreachedAt(input.script, built.state) }),
  });
  const last = input.events.at(-1)?.at ?? input.start.startedAt;
  const t = Math.max(built.frames.at(-1)?.t ?? 0, last - input.start.startedAt);
  const lines = built.divergence
    ? [divergenceWarning(built.divergence, input.locale), '', ...timeline]
    : timeline;
  return {
    frames: [...built.frames, { t, call: t, lines }],
    ...(built.divergence ? { divergence: built.divergence } : {}),
  };
}

/**
 * The frames to play, at `columns` and with the player's timing; without the
 * agent's keys, which do nothing in a replay: the player draws its controls there.
 */
export function playbackFrames(
  record: ReplayRecord,
  script: Script,
  options: { readonly columns: number; readonly timing: Timing; readonly locale: Locale },
): readonly Frame[] {
  const replay = composeReplay({
    start: record.header,
    events: record.events,
    script,
    columns: options.columns,
    locale: options.locale,
    footer: [],
  });
  return retime(replay.frames, options.timing);
}
