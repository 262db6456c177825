/**
 * Reads one session log by the reader rules of docs/log-format.md §9: the start
 * line first, then known events in order until the `end`; everything else is
 * skipped and counted, never fatal.
 */
import { LOG_FORMAT_VERSION } from '../writer.js';
import { fileLines, type Line, textLines } from './lines.js';
import { EVENT_TYPES, parseObject, toEvent, toHeader, versionOf } from './parse-line.js';
import { emptyCounts } from './tally.js';
import type { LoggedEnd, LoggedEvent, SessionHeader, SessionRecord } from './types.js';

/** Lines looked at for a start line before the file is declared not a log. */
const START_SEARCH_LINES = 16;

class RecordBuilder {
  readonly counts = emptyCounts();
  readonly events: LoggedEvent[] = [];
  header: SessionHeader | undefined;
  end: LoggedEnd | undefined;
  lastAt = Number.NaN;
  notALog = false;
  newerFormat: number | undefined;
  private seen = 0;

  /** Feeds one line; returns false once the rest of the file need not be read. */
  add(line: Line): boolean {
    this.seen++;
    if (this.end) {
      this.counts.afterEnd++;
      return true;
    }
    if (line.kind === 'huge') {
      this.counts.hugeLines++;
      // A start line is short: a file that begins with a megabyte of anything is no log.
      if (!this.header) this.notALog = true;
      return this.header !== undefined;
    }
    const parsed = parseObject(line.text);
    if (parsed.kind === 'corrupt') {
      if (line.terminated) this.counts.corrupt++;
      else this.counts.truncated++;
      return this.stillLooking();
    }
    const { fields, type } = parsed;
    if (!this.header) return this.start(type, fields);
    const version = versionOf(fields) ?? this.header.v;
    if (version > LOG_FORMAT_VERSION) {
      this.counts.newerVersion++;
      return true;
    }
    if (!EVENT_TYPES.has(type)) {
      this.counts.unknownType++;
      // Still a line of the call: an interrupted call lasted at least until it.
      const at = typeof fields.t === 'string' ? Date.parse(fields.t) : Number.NaN;
      if (Number.isFinite(at)) this.lastAt = at;
      return true;
    }
    const event = toEvent(type, fields);
    if (!event) {
      this.counts.corrupt++;
      return true;
    }
    this.events.push(event);
    this.lastAt = event.at;
    if (event.type === 'end') this.end = event;
    return true;
  }

  private stillLooking(): boolean {
    if (this.header || this.seen < START_SEARCH_LINES) return true;
    this.notALog = true;
    return false;
  }

  private start(type: string, fields: Parameters<typeof toHeader>[0]): boolean {
    const header = type === 'start' ? toHeader(fields) : undefined;
    if (!header) {
      this.notALog = true;
      return false;
    }
    if (header.v > LOG_FORMAT_VERSION) {
      this.newerFormat = header.v;
      return false;
    }
    this.header = header;
    this.lastAt = header.startedAt;
    return true;
  }

  finish(file: string, unreadable?: string): SessionRecord {
    const rejected = this.notALog || this.newerFormat !== undefined || !this.header;
    return {
      file,
      ...(this.header ? { header: this.header } : {}),
      events: rejected ? [] : this.events,
      ...(this.end && !rejected ? { end: this.end } : {}),
      status: this.end && !rejected ? this.end.status : 'interrupted',
      lastAt: this.lastAt,
      // A file that is no log is reported as such; its lines are not "skipped lines".
      counts: rejected ? emptyCounts() : this.counts,
      ...(rejected && this.newerFormat === undefined && unreadable === undefined
        ? { notALog: true as const }
        : {}),
      ...(this.newerFormat !== undefined ? { newerFormat: this.newerFormat } : {}),
      ...(unreadable !== undefined ? { unreadable } : {}),
    };
  }
}

/** A whole log given as text (tests, and callers that already hold the text). */
export function parseSessionText(text: string, file = ''): SessionRecord {
  const builder = new RecordBuilder();
  for (const line of textLines(text)) {
    if (!builder.add(line)) break;
  }
  return builder.finish(file);
}

/**
 * Reads a log file in chunks. Never throws: a file that cannot be read comes back
 * with `unreadable` set to the system's error code.
 */
export function readSessionSync(file: string): SessionRecord {
  const builder = new RecordBuilder();
  try {
    for (const line of fileLines(file)) {
      if (!builder.add(line)) break;
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return builder.finish(file, typeof code === 'string' ? code : 'EIO');
  }
  return builder.finish(file);
}

/** `readSessionSync` behind a promise, the form the commands use. */
export async function readSession(file: string): Promise<SessionRecord> {
  return readSessionSync(file);
}
