/**
 * `coach replay --export cast FILE`: the replay as an asciicast recording, at the
 * width of a common terminal, written to its file all at once.
 */
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { translatorFor } from '../i18n/index.js';
import type { Locale } from '../i18n/locale.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import type { Script } from '../script/types.js';
import { sanitizeLine } from '../text/sanitize.js';
import { castLines } from './asciicast.js';
import { composeReplay, divergenceWarning } from './compose.js';
import type { ReplayRecord } from './open.js';
import { retime, type Timing } from './timing.js';

/** Width of an exported recording, as a common terminal. */
export const CAST_COLUMNS = 80;

export interface CastText {
  /** The recording, one JSON value a line, ending with a newline. */
  readonly text: string;
  /** Warnings for stderr: the log no longer fitting its script. */
  readonly notices: readonly string[];
}

export function castText(
  record: ReplayRecord,
  script: Script,
  timing: Timing,
  locale: Locale,
): CastText {
  const replay = composeReplay({
    start: record.header,
    events: record.events,
    script,
    columns: CAST_COLUMNS - 1,
    locale,
  });
  const notices = replay.divergence ? [divergenceWarning(replay.divergence, locale)] : [];
  const frames = retime(replay.frames, timing);
  const height = Math.max(24, ...frames.map((frame) => frame.lines.length + 1));
  const title = translatorFor(locale)('replay.castTitle', {
    script: sanitizeLine(record.header.script.id),
    agent: sanitizeLine(record.header.agent),
    session: sanitizeLine(record.header.session),
  });
  const lines = castLines(
    { width: CAST_COLUMNS, height, startedAt: record.header.startedAt, title },
    frames,
  );
  return { text: `${lines.join('\n')}\n`, notices };
}

/** Writes the recording; the absolute path it went to, or a usage error naming it. */
export async function saveCast(file: string, text: string): Promise<string> {
  const target = resolve(file);
  try {
    await writeFileAtomic(target, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    throw new UsageError('replay.errors.cannotWrite', { path: target, code });
  }
  return target;
}
