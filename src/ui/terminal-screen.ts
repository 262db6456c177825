/**
 * Writing frames of the live screen to the terminal. With cursor addressing the
 * call runs on the alternate screen, so the scrollback never fills with copies,
 * and only the rows that changed are written; bracketed paste is on while it
 * runs. Without (TERM=dumb) a frame is printed as plain lines, below the last one,
 * and typing in a text field is echoed instead of printing the screen again.
 * `stop` puts every mode back and is safe to call from any way out, more than once.
 */
import type { LiveFrame } from '../view/live.js';

export interface ScreenWriter {
  start(): void;
  /** `typing`: only the text field changed since the last frame. */
  draw(frame: LiveFrame, typing: boolean): void;
  /** The next frame is drawn whole (the window was resized). */
  invalidate(): void;
  stop(): void;
}

const CSI = '\x1b[';
export const MODES_ON = `${CSI}?1049h${CSI}?2004h${CSI}?25l${CSI}H${CSI}2J`;
export const MODES_OFF = `${CSI}?2004l${CSI}?25h${CSI}?1049l`;
const at = (row: number, column = 0) => `${CSI}${row + 1};${column + 1}H`;

type Write = (text: string) => void;

function fullScreen(write: Write): ScreenWriter {
  let shown: readonly string[] = [];
  let cursor = '';
  let started = false;
  return {
    start() {
      started = true;
      write(MODES_ON);
    },
    draw(frame) {
      let out = '';
      frame.lines.forEach((line, row) => {
        if (shown[row] !== line) out += `${at(row)}${line}${CSI}K`;
      });
      if (frame.lines.length < shown.length) out += `${at(frame.lines.length)}${CSI}J`;
      const place = frame.cursor
        ? `${at(frame.cursor.row, frame.cursor.column)}${CSI}?25h`
        : `${CSI}?25l`;
      if (out !== '' || place !== cursor) write(out + place);
      shown = frame.lines;
      cursor = place;
    },
    invalidate() {
      shown = [];
      cursor = '';
      write(`${CSI}H${CSI}2J`);
    },
    stop() {
      if (started) write(MODES_OFF);
      started = false;
    },
  };
}

function plainLines(write: Write): ScreenWriter {
  let last: LiveFrame | undefined;
  const fieldOf = (frame: LiveFrame | undefined) =>
    frame?.cursor ? (frame.lines[frame.cursor.row] ?? '') : undefined;
  return {
    start() {},
    draw(frame, typing) {
      const before = fieldOf(last);
      const now = fieldOf(frame);
      if (typing && before !== undefined && now !== undefined) {
        // What was added is echoed; any other edit prints the field again below.
        write(now.startsWith(before) ? now.slice(before.length) : `\r\n${now}`);
      } else {
        const open = last?.cursor !== undefined;
        const body = frame.lines.join('\r\n');
        write(`${open ? '\r\n' : ''}\r\n${body}${frame.cursor ? '' : '\r\n'}`);
      }
      last = frame;
    },
    invalidate() {},
    stop() {
      if (last?.cursor) write('\r\n');
      last = undefined;
    },
  };
}

export function screenWriter(write: Write, cursor: boolean): ScreenWriter {
  return cursor ? fullScreen(write) : plainLines(write);
}
