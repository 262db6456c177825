/**
 * An asciicast v2 recording of a replay (what `asciinema play` plays): a header
 * line, then one output event per screen — cleared and drawn from the top — and a
 * marker wherever a step appears, so a player can jump from step to step.
 */
import { sanitizeLine } from '../text/sanitize.js';
import type { Frame } from './frames.js';

export interface CastHeader {
  readonly width: number;
  readonly height: number;
  /** Epoch ms of the session's start. */
  readonly startedAt: number;
  readonly title: string;
}

/** Home, clear the screen: each frame is a whole screen. */
export const CLEAR = '\x1b[H\x1b[2J';

const seconds = (ms: number) => Math.round(ms) / 1000;

/** The recording's lines; frames carry playback times (after speed and idle cuts). */
export function castLines(header: CastHeader, frames: readonly Frame[]): string[] {
  const lines = [
    JSON.stringify({
      version: 2,
      width: Math.max(1, Math.floor(header.width)),
      height: Math.max(1, Math.floor(header.height)),
      timestamp: Math.floor(header.startedAt / 1000),
      title: sanitizeLine(header.title),
      env: { TERM: 'xterm-256color' },
    }),
  ];
  for (const frame of frames) {
    const time = seconds(frame.t);
    if (frame.marker !== undefined) {
      lines.push(JSON.stringify([time, 'm', sanitizeLine(frame.marker)]));
    }
    lines.push(JSON.stringify([time, 'o', CLEAR + frame.lines.join('\r\n')]));
  }
  return lines;
}
