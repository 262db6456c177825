/**
 * A whole session as typed events, for `coach replay`: the same reader loop and
 * line rules as every other command (file-reader.ts, line-rules.ts), with each
 * usable line turned into the machine's event plus its time.
 */
import type { Stage } from '../../script/types.js';
import { isOutcome } from '../../session/types.js';
import { FileReader, type FileResult, type SessionSink } from './file-reader.js';

/** What reading the file gave, with the last time read. */
type ReadResult = Omit<FileResult, 'lastAt'> & { readonly lastAt: number };

import {
  BACK,
  CAPTURE,
  CHOICE,
  DONE,
  END,
  ENTER,
  endMs,
  lineTime,
  NOTE,
  SKIP,
  stringList,
  TOGGLE,
} from './line-rules.js';
import type { LineFields } from './scan/fields.js';
import { emptyCounts } from './tally.js';
import type { LoggedEnd, LoggedEvent, SessionHeader, SessionRecord } from './types.js';

/** Variables of a start line: string values only, own keys only (`__proto__` stays data). */
function varsOf(json: string | undefined): Record<string, string> {
  const value: unknown = json === undefined ? undefined : JSON.parse(json);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
}

function headerOf(f: LineFields, text: string, at: number): SessionHeader {
  return {
    v: f.v as number,
    t: f.timeIn(text) as string,
    startedAt: at,
    session: f.session as string,
    script: {
      id: f.scriptId as string,
      sha256: f.scriptSha as string,
      ...(f.scriptVersion !== undefined ? { version: f.scriptVersion } : {}),
      ...(f.scriptPath !== undefined ? { path: f.scriptPath } : {}),
    },
    locale: f.locale ?? '',
    agent: f.agent ?? '',
    host: f.host ?? '',
    coach: f.coach ?? '',
    vars: varsOf(f.varsJson),
    logPii: f.logPii === true,
    answers: f.answers === true,
  };
}

/** The typed event of a line line-rules.ts accepted as `code`. */
function eventOf(code: number, f: LineFields, t: string, at: number): LoggedEvent {
  const step = f.step as string;
  const stage = f.stage as Stage;
  switch (code) {
    case ENTER:
      return { t, at, type: 'enter', step, stage };
    case DONE:
      return { t, at, type: 'done', step, stage, ms: f.ms as number };
    case SKIP:
      return { t, at, type: 'skip', step, stage, reason: f.reason ?? '', ms: f.ms as number };
    case CHOICE:
      return { t, at, type: 'choice', step, option: f.option as string };
    case NOTE:
      return { t, at, type: 'note', step, text: f.text as string };
    case BACK:
      return { t, at, type: 'back', from: f.from as string, to: f.to as string };
    case CAPTURE:
      return { t, at, type: 'capture', step, var: f.varName as string, value: f.value as string };
    case TOGGLE:
      return { t, at, type: 'toggle', step, item: f.item as number, checked: f.checked === true };
    default:
      return {
        t,
        at,
        type: 'end',
        status: f.status === 'completed' ? 'completed' : 'aborted',
        ...(isOutcome(f.outcome) ? { outcome: f.outcome } : {}),
        skipped: stringList(f.skippedJson),
        unreached: stringList(f.unreachedJson),
        ms: endMs(f) ?? 0,
      };
  }
}

class RecordSink implements SessionSink {
  file = '';
  header: SessionHeader | undefined;
  readonly events: LoggedEvent[] = [];
  end: LoggedEnd | undefined;
  result: ReadResult = {
    verdict: 'session',
    counts: emptyCounts(),
    lastAt: Number.NaN,
    errorCode: undefined,
    newerV: undefined,
  };

  begin(file: string): void {
    this.file = file;
  }

  start(f: LineFields, text: string): void {
    this.header = headerOf(f, text, lineTime(f, text));
  }

  event(code: number, f: LineFields, text: string): void {
    // A time that cannot be read counts as the time of the line before (log format §9).
    const read = lineTime(f, text);
    const at = Number.isFinite(read)
      ? read
      : (this.events.at(-1)?.at ?? this.header?.startedAt ?? 0);
    const event = eventOf(code, f, f.timeIn(text) as string, at);
    // An end line without its own duration lasted from the start to its time.
    if (event.type === 'end' && endMs(f) === undefined && this.header) {
      this.end = { ...event, ms: Math.max(0, at - this.header.startedAt) };
      this.events.push(this.end);
      return;
    }
    this.events.push(event);
    if (code === END) this.end = event as LoggedEnd;
  }

  finish(result: FileResult): void {
    this.result = { ...result, counts: { ...result.counts }, lastAt: result.lastAt() };
  }

  record(): SessionRecord {
    const { verdict, counts, lastAt, errorCode, newerV } = this.result;
    const usable = verdict === 'session' && this.header !== undefined;
    return {
      file: this.file,
      ...(this.header ? { header: this.header } : {}),
      events: usable ? this.events : [],
      ...(usable && this.end ? { end: this.end } : {}),
      status: usable && this.end ? this.end.status : 'interrupted',
      lastAt: Number.isFinite(lastAt) ? lastAt : (this.header?.startedAt ?? Number.NaN),
      counts,
      ...(verdict === 'notSessionLog' ? { notALog: true as const } : {}),
      ...(newerV !== undefined ? { newerFormat: newerV } : {}),
      ...(errorCode !== undefined ? { unreadable: errorCode } : {}),
    };
  }
}

/** Reads one session file. Never throws: problems are in the record (`unreadable`, `notALog`…). */
export function readSession(file: string): SessionRecord {
  const sink = new RecordSink();
  new FileReader().read(file, sink);
  return sink.record();
}

/** Reads one session's log held in memory (read back from a database), named `file`. */
export function readSessionBytes(file: string, bytes: Uint8Array): SessionRecord {
  const sink = new RecordSink();
  new FileReader().readBytes(file, bytes, sink);
  return sink.record();
}
