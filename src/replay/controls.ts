/**
 * The replay's own line under each screen, in place of the agent's keys (the
 * viewer's keys are not the agent's): whether it plays or is paused, where it is
 * in the call (the call's clock against its length: the screen's header already
 * says which step of the script) and, when keys are read, what they do.
 */
import { formatClock } from '../i18n/durations.js';
import { translatorFor } from '../i18n/index.js';
import type { Locale } from '../i18n/locale.js';
import { truncate } from '../text/wrap.js';
import { asciiLine } from '../view/glyphs.js';
import type { Frame } from './frames.js';

export interface ControlsOptions {
  readonly locale: Locale;
  readonly columns: number;
  /** Whether the player reads keys (stdin is a terminal): hints only then. */
  readonly keys: boolean;
  /** Whether the terminal shows UTF-8 symbols. */
  readonly unicode: boolean;
}

/** What the player knows when it draws: the frame on screen and whether it is paused. */
export type Controls = (index: number, paused: boolean) => string;

export function replayControls(frames: readonly Frame[], options: ControlsOptions): Controls {
  const t = translatorFor(options.locale);
  const length = formatClock(frames.at(-1)?.call ?? 0, options.locale);
  const marks = options.unicode ? { play: '▶', pause: '‖' } : { play: '>', pause: '||' };
  return (index, paused) => {
    const frame = frames[index];
    const where = t('replay.controlsWhere', {
      mark: paused ? `${marks.pause} ${t('replay.controlsPaused')}` : marks.play,
      time: formatClock(frame?.call ?? 0, options.locale),
      length,
    });
    const keys = options.keys
      ? t(paused ? 'replay.controlsKeysPaused' : 'replay.controlsKeysPlaying')
      : '';
    const line = keys === '' ? where : t('replay.controlsLine', { where, keys });
    return truncate(options.unicode ? line : asciiLine(line), options.columns);
  };
}
