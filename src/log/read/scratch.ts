/**
 * One session as `coach sessions` and `coach report` both see it, gathered while
 * its file is read and decided on as a whole once the file ends: filters that
 * depend on the end (status, skipped steps) see the same data in both commands.
 * One instance is reused for every file: no object per event, and the step ids
 * and reasons kept across files are flat copies, so a file's text dies young.
 */

import type { PathEvent } from '../../session/path.js';
import type { FileResult, FileVerdict, SessionSink } from './file-reader.js';
import { Interner } from './intern.js';
import { BACK, CHOICE, END, endMs, NOTE, SKIP } from './line-rules.js';
import type { LineFields } from './scan/fields.js';
import { timeOf } from './scan/time.js';
import { emptyCounts } from './tally.js';
import type { SessionStatusName, SkipCounts } from './types.js';

/** The event types the scratch keeps, by code. */
const PATH_TYPES = ['enter', 'done', 'skip', 'choice', 'note', 'back'];

export class SessionScratch implements SessionSink {
  file = '';
  verdict: FileVerdict = 'session';
  session = '';
  script = '';
  version = '';
  sha = '';
  locale = '';
  agent = '';
  host = '';
  /** Driven by an answers file (`coach run --answers`). */
  answers = false;
  /** The start line's time as text, read only when asked for (startedAt). */
  #startText = '';
  #startedAt: number | undefined;
  status: SessionStatusName = 'interrupted';
  outcome = '';
  /** The end line's own duration; -1 when there is none. */
  endMs = -1;
  /** The end line's lists as JSON text, read only when needed. */
  endSkippedJson: string | undefined = undefined;
  endUnreachedJson: string | undefined = undefined;
  readonly lines: SkipCounts = emptyCounts();
  /** What reading the file gave, as the reader told it. */
  result: FileResult = {
    verdict: 'session',
    counts: emptyCounts(),
    lastAt: () => Number.NaN,
    errorCode: undefined,
    newerV: undefined,
  };
  /** Events kept, by index: their code (line-rules.ts), step, stage, ms and text. */
  count = 0;
  readonly codes: number[] = [];
  readonly steps: string[] = [];
  readonly stages: string[] = [];
  readonly ms: number[] = [];
  /** A skip's reason, a choice's option, a note's text, a back's `to`; '' otherwise. */
  readonly texts: string[] = [];
  readonly #names = new Interner();

  begin(file: string): void {
    this.file = file;
    this.verdict = 'session';
    this.status = 'interrupted';
    this.outcome = '';
    this.endMs = -1;
    this.endSkippedJson = undefined;
    this.endUnreachedJson = undefined;
    this.count = 0;
  }

  // The start line's strings may be slices of the file's text: they last only until
  // the next file, and whoever keeps one (a report's key, a listing's row) copies it.
  start(f: LineFields, text: string): void {
    this.session = f.session ?? '';
    this.script = f.scriptId ?? '';
    this.version = f.scriptVersion ?? '';
    this.sha = f.scriptSha ?? '';
    this.locale = f.locale ?? '';
    this.agent = f.agent ?? '';
    this.host = f.host ?? '';
    this.answers = f.answers === true;
    this.#startText = f.timeIn(text) ?? '';
    this.#startedAt = undefined;
  }

  /** Epoch ms of the start. */
  get startedAt(): number {
    this.#startedAt ??= timeOf(this.#startText);
    return this.#startedAt;
  }

  event(code: number, f: LineFields): void {
    if (code === END) {
      this.status = f.status === 'completed' ? 'completed' : 'aborted';
      this.outcome = f.outcome ?? '';
      this.endMs = endMs(f) ?? -1;
      this.endSkippedJson = f.skippedJson;
      this.endUnreachedJson = f.unreachedJson;
      return;
    }
    if (code > BACK) return;
    const name = this.#names;
    const i = this.count++;
    this.codes[i] = code;
    this.steps[i] = name.of(code === BACK ? (f.from ?? '') : (f.step ?? ''));
    this.stages[i] = f.stage ?? '';
    this.ms[i] = f.ms ?? 0;
    if (code === SKIP) this.texts[i] = f.reason === undefined ? '' : name.of(f.reason);
    else if (code === CHOICE) this.texts[i] = f.option ?? '';
    else if (code === BACK) this.texts[i] = f.to ?? '';
    else if (code === NOTE) this.texts[i] = f.text ?? '';
    else this.texts[i] = '';
  }

  finish(result: FileResult): void {
    // Slots past this file's events may still hold an earlier file's text.
    for (let i = this.count; i < this.texts.length && this.texts[i] !== ''; i++) this.texts[i] = '';
    this.result = result;
    this.verdict = result.verdict;
    const l = this.lines;
    Object.assign(l, result.counts);
  }

  /**
   * Call length: the end line's `ms`, else the last line's time minus the start's
   * (0 when that time cannot be read). Asked before the next file is read.
   */
  callMs(): number {
    if (this.endMs >= 0) return this.endMs;
    const last = this.result.lastAt();
    return last > this.startedAt ? last - this.startedAt : 0;
  }

  /** The events a call's path depends on, one reused object at a time. */
  *pathEvents(): Generator<PathEvent> {
    const event = { type: '', step: '', stage: '', ms: 0, reason: '', option: '', to: '' };
    for (let i = 0; i < this.count; i++) {
      const code = this.codes[i] as number;
      if (code === NOTE) continue;
      event.type = PATH_TYPES[code] as string;
      event.step = this.steps[i] as string;
      event.stage = this.stages[i] as string;
      event.ms = this.ms[i] as number;
      event.reason = event.option = event.to = this.texts[i] as string;
      yield event;
    }
  }
}
