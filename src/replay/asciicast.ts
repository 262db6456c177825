/**
 * An asciicast v2 recording of a replay (what `asciinema play` plays): a header
 * line, then one output event per screen — cleared and drawn from the top — and a
 * marker wherever a step appears, so a player can jump from step to step.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
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

/** Writes the file through a temporary one beside it, so no reader sees half of it. */
export function writeAtomically(path: string, content: string): void {
  const temp = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    const fd = openSync(temp, 'wx', 0o644);
    try {
      const bytes = Buffer.from(content, 'utf8');
      let written = 0;
      while (written < bytes.length) written += writeSync(fd, bytes, written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
