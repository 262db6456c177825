/**
 * Reads one session file by the reader rules of docs/log-format.md §9 and hands
 * each usable line to a sink: the one loop every command reads logs through. The
 * file is read in large chunks into one reused buffer, decoded as latin1 so that
 * offsets are bytes: memory stays bounded whatever the file's size; a line longer
 * than MAX_LINE_BYTES is passed over and counted.
 */
import { MAX_LOG_LINE_BYTES } from '../../script/limits.js';
import { type ByteSource, bytesSource, fileSource } from './byte-source.js';
import { LastTime } from './last-time.js';
import {
  CORRUPT,
  END,
  eventCode,
  hasTimeText,
  isNewerVersion,
  isStartLine,
  NEWER_VERSION,
  UNKNOWN_TYPE,
  wholeObject,
} from './line-rules.js';
import { NOT_A_FILE } from './open-file.js';
import { LineFields } from './scan/fields.js';
import { scanLine } from './scan/scan.js';
import type { FileResult, FileVerdict, SessionSink } from './sink.js';
import { emptyCounts } from './tally.js';

export type { FileResult, FileVerdict, SessionSink } from './sink.js';

/** Longest line read; a longer one is skipped and counted. */
export const MAX_LINE_BYTES = MAX_LOG_LINE_BYTES;
/** Most events read from one session (a call has hundreds); later lines are counted, not read. */
export const MAX_SESSION_EVENTS = 100_000;
const CHUNK_BYTES = 4 * MAX_LINE_BYTES;

export class FileReader {
  readonly #buf = Buffer.allocUnsafe(CHUNK_BYTES);
  readonly #fields = new LineFields();
  readonly #counts = emptyCounts();
  #verdict: FileVerdict = 'session';
  #started = false;
  #ended = false;
  #headerV = 0;
  #events = 0;
  readonly #last = new LastTime();
  readonly #result: { -readonly [K in keyof FileResult]: FileResult[K] } = {
    verdict: 'session',
    counts: this.#counts,
    lastAt: () => this.#last.at(),
    errorCode: undefined,
    newerV: undefined,
  };

  /** Reads `path` into `sink`; never throws (a file that cannot be read is `unreadable`). */
  read(path: string, sink: SessionSink): FileVerdict {
    return this.#run(path, sink, () => fileSource(path));
  }

  /** Reads a log held in memory (a session read back from a database) as if it were a file. */
  readBytes(name: string, bytes: Uint8Array, sink: SessionSink): FileVerdict {
    return this.#run(name, sink, () => bytesSource(bytes));
  }

  #run(name: string, sink: SessionSink, open: () => ByteSource): FileVerdict {
    sink.begin(name);
    this.#verdict = 'session';
    this.#started = this.#ended = false;
    this.#last.reset();
    this.#result.errorCode = this.#result.newerV = undefined;
    const c = Object.assign(this.#counts, emptyCounts());
    this.#events = 0;
    let source: ByteSource | undefined;
    try {
      source = open();
      this.#readAll(source, sink);
    } catch (error) {
      this.#verdict = 'unreadable';
      const code = (error as NodeJS.ErrnoException).code;
      // A folder opens, and is told when read: it is no regular file either.
      this.#result.errorCode =
        code === 'EISDIR' ? NOT_A_FILE : typeof code === 'string' ? code : 'EIO';
    } finally {
      source?.close();
    }
    if (this.#verdict === 'session' && !this.#started) this.#verdict = 'notSessionLog';
    // A file that is no log is reported as such; its lines are not "skipped lines".
    if (this.#verdict !== 'session') Object.assign(c, emptyCounts());
    // One result object for every file, filled in place: the sink reads it before the next.
    const result = this.#result;
    result.verdict = this.#verdict;
    sink.finish(result);
    return this.#verdict;
  }

  #readAll(source: ByteSource, sink: SessionSink): void {
    const buf = this.#buf;
    const lines = this.#counts;
    let filled = 0;
    let skipping = false;
    let eof = false;
    while (!eof) {
      const wanted = buf.length - filled;
      const n = source.read(buf, filled, wanted);
      // A regular file gives a short read only at its end: no second call to learn it.
      eof = n < wanted;
      filled += n;
      this.#last.detach();
      const str = buf.toString('latin1', 0, filled);
      let pos = 0;
      for (;;) {
        const nl = str.indexOf('\n', pos);
        if (nl < 0) break;
        if (skipping) skipping = false;
        else if (!this.#line(str, pos, nl, sink)) return;
        pos = nl + 1;
      }
      const rest = filled - pos;
      if (eof) {
        if (rest > 0 && !skipping) this.#lastLine(str, pos, filled, sink);
        return;
      }
      if (rest > MAX_LINE_BYTES) {
        if (!skipping) {
          // A start line is short: a file that begins with a megabyte of anything is no log.
          if (!this.#started) return;
          if (this.#ended) lines.afterEnd++;
          else lines.hugeLines++;
        }
        skipping = true;
        filled = 0;
      } else {
        buf.copyWithin(0, pos, filled);
        filled = rest;
      }
    }
  }

  /** A last line without its LF: it counts only if it is a whole JSON object (§9, rule 1). */
  #lastLine(str: string, a: number, b: number, sink: SessionSink): void {
    const lines = this.#counts;
    if (this.#ended && this.#started) lines.afterEnd++;
    else if (b - a > MAX_LINE_BYTES || wholeObject(str, a, b)) this.#line(str, a, b, sink);
    else if (this.#started) lines.truncated++;
  }

  /** One line `str[a..b)`; returns false to stop reading the file. */
  #line(str: string, a: number, b: number, sink: SessionSink): boolean {
    const lines = this.#counts;
    if (this.#ended) {
      lines.afterEnd++;
      return true;
    }
    if (this.#events >= MAX_SESSION_EVENTS) {
      lines.overLimit++;
      return true;
    }
    if (b - a > MAX_LINE_BYTES) {
      if (!this.#started) return false;
      lines.hugeLines++;
      return true;
    }
    const f = this.#fields;
    const parsed = scanLine(str, a, b, f, this.#buf);
    if (!this.#started) return this.#start(parsed, f, str, sink);
    if (!parsed) {
      lines.corrupt++;
      return true;
    }
    const timed = hasTimeText(f);
    const code = eventCode(f, this.#headerV, timed);
    // Even a line skipped as unknown or newer was a line of the call: it lasted until it.
    if (timed && code !== CORRUPT) this.#last.note(f, str);
    if (code < 0) {
      if (code === CORRUPT) lines.corrupt++;
      else if (code === UNKNOWN_TYPE) lines.unknownType++;
      else if (code === NEWER_VERSION) lines.newerVersion++;
      return true;
    }
    if (code === END) this.#ended = true;
    this.#events++;
    sink.event(code, f, str);
    return true;
  }

  #start(parsed: boolean, f: LineFields, str: string, sink: SessionSink): boolean {
    if (!parsed || f.type !== 'start') return false;
    // Told before the fields are checked: a newer format may define other ones.
    if (isNewerVersion(f.v)) {
      this.#verdict = 'newerVersion';
      this.#result.newerV = f.v;
      return false;
    }
    if (!isStartLine(f, str)) return false;
    this.#started = true;
    this.#headerV = f.v as number;
    this.#last.note(f, str);
    sink.start(f, str);
    return true;
  }
}
