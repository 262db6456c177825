/**
 * Reads one session file into a SessionScratch, following the reader rules of
 * docs/log-format.md §9. The file is read in large chunks into one reused buffer,
 * so memory stays bounded whatever the file's size; a line longer than 1 MiB is
 * passed over and counted.
 */
import { closeSync, constants, openSync, readSync } from 'node:fs';
import { emptyFields, type LineFields, scanLine } from './scan.js';
import { DONE, ENTER, type SessionScratch, SKIP } from './session.js';

export const MAX_LINE_BYTES = 1024 * 1024;
const CHUNK_BYTES = 4 * MAX_LINE_BYTES;
const LOG_VERSION = 1;

export type FileVerdict = 'session' | 'notSessionLog' | 'newerVersion' | 'unreadable';

const IGNORED_TYPES = new Set(['choice', 'capture', 'note', 'toggle', 'back']);

/** A last line that lost only its line break still counts (log format §9, rule 1). */
function wholeObject(str: string, start: number, end: number): boolean {
  try {
    const value: unknown = JSON.parse(str.slice(start, end));
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

export class FileReader {
  readonly #buf = Buffer.allocUnsafe(CHUNK_BYTES);
  readonly #fields: LineFields = emptyFields();
  #verdict: FileVerdict = 'session';
  /** Where the last line's time is in the current text, copied out only when needed. */
  #lastText = '';
  #lastTStart = -1;
  #lastTEnd = -1;

  #takeLastT(s: SessionScratch): void {
    if (this.#lastTEnd >= 0) s.lastT = this.#lastText.slice(this.#lastTStart, this.#lastTEnd);
    this.#lastTEnd = -1;
    this.#lastText = '';
  }

  read(path: string, s: SessionScratch): FileVerdict {
    s.reset(path);
    this.#verdict = 'session';
    let fd: number;
    try {
      fd = openSync(path, constants.O_RDONLY);
    } catch {
      return 'unreadable';
    }
    try {
      this.#readAll(fd, s);
    } catch {
      this.#verdict = 'unreadable';
    } finally {
      closeSync(fd);
      this.#takeLastT(s);
    }
    if (this.#verdict === 'session' && !s.started) return 'notSessionLog';
    return this.#verdict;
  }

  #readAll(fd: number, s: SessionScratch): void {
    const buf = this.#buf;
    let filled = 0;
    let skipping = false;
    let eof = false;
    while (!eof) {
      const wanted = buf.length - filled;
      const n = readSync(fd, buf, filled, wanted, null);
      // A regular file gives a short read only at its end: no second call to learn it.
      eof = n < wanted;
      filled += n;
      this.#takeLastT(s);
      const str = buf.toString('latin1', 0, filled);
      let pos = 0;
      for (;;) {
        const nl = str.indexOf('\n', pos);
        if (nl < 0) break;
        if (skipping) skipping = false;
        else if (!this.#line(str, pos, nl, s)) return;
        pos = nl + 1;
      }
      const rest = filled - pos;
      if (eof) {
        if (rest > 0 && !skipping) {
          if (!s.started) return;
          if (rest > MAX_LINE_BYTES) s.lines.hugeLines++;
          else if (s.ended) s.lines.afterEnd++;
          else if (wholeObject(str, pos, filled)) this.#line(str, pos, filled, s);
          else s.lines.truncated++;
        }
        return;
      }
      if (rest > MAX_LINE_BYTES) {
        if (!skipping) {
          if (!s.started) return;
          if (s.ended) s.lines.afterEnd++;
          else s.lines.hugeLines++;
        }
        skipping = true;
        filled = 0;
      } else {
        buf.copyWithin(0, pos, filled);
        filled = rest;
      }
    }
  }

  /** Returns false to stop reading the file. */
  #line(str: string, a: number, b: number, s: SessionScratch): boolean {
    if (!s.started) return this.#start(str, a, b, s);
    const lines = s.lines;
    if (s.ended) {
      lines.afterEnd++;
      return true;
    }
    if (b - a > MAX_LINE_BYTES) {
      lines.hugeLines++;
      return true;
    }
    const f = this.#fields;
    if (!scanLine(str, a, b, f, this.#buf) || f.type === undefined) {
      lines.corrupt++;
      return true;
    }
    if (f.v !== undefined && f.v > LOG_VERSION) {
      lines.newerVersion++;
      return true;
    }
    const type = f.type;
    if (type === 'enter') {
      if (f.step === undefined) lines.corrupt++;
      else s.event(ENTER, f.step, f.stage ?? '', 0, '');
    } else if (type === 'done' || type === 'skip') {
      if (f.step === undefined || f.ms === undefined || f.ms < 0) lines.corrupt++;
      else if (type === 'done') s.event(DONE, f.step, f.stage ?? '', f.ms, '');
      else s.event(SKIP, f.step, f.stage ?? '', f.ms, f.reason ?? '');
    } else if (type === 'end') {
      if (f.status !== 'completed' && f.status !== 'aborted') {
        lines.corrupt++;
        return true;
      }
      s.ended = true;
      s.status = f.status;
      s.outcome = f.outcome ?? '';
      s.endMs = f.ms !== undefined && f.ms >= 0 ? f.ms : -1;
      s.endSkippedJson = f.skippedJson;
    } else if (!IGNORED_TYPES.has(type)) {
      lines.unknownType++;
      return true;
    }
    if (f.t !== undefined) {
      s.lastT = f.t;
      this.#lastTEnd = -1;
    } else if (f.tStart >= 0) {
      this.#lastText = str;
      this.#lastTStart = f.tStart;
      this.#lastTEnd = f.tEnd;
    }
    return true;
  }

  #start(str: string, a: number, b: number, s: SessionScratch): boolean {
    const f = this.#fields;
    if (b - a > MAX_LINE_BYTES || !scanLine(str, a, b, f, this.#buf)) return false;
    if (f.type !== 'start' || f.scriptId === undefined) return false;
    if (f.v !== undefined && f.v > LOG_VERSION) {
      this.#verdict = 'newerVersion';
      return false;
    }
    s.started = true;
    s.script = f.scriptId;
    s.version = f.scriptVersion ?? '';
    s.sha = f.scriptSha ?? '';
    s.locale = f.locale ?? '';
    s.agent = f.agent ?? '';
    s.startT = f.t ?? (f.tStart >= 0 ? str.slice(f.tStart, f.tEnd) : '');
    s.lastT = s.startT;
    return true;
  }
}
