/**
 * What one session file contributes to a report, gathered while its lines are
 * read and handed over as a whole once the file ends, so that filters that depend
 * on the end (status, skipped steps) can decide before anything is counted.
 * One instance is reused for every file: no objects per event.
 */
import { emptyCounts } from '../log/read/tally.js';
import type { SkipCounts } from '../log/read/types.js';

export const ENTER = 0;
export const DONE = 1;
export const SKIP = 2;

export type SessionStatus = 'completed' | 'aborted' | 'interrupted';

export class SessionScratch {
  started = false;
  ended = false;
  script = '';
  version = '';
  sha = '';
  locale = '';
  agent = '';
  startT = '';
  lastT = '';
  status: SessionStatus = 'interrupted';
  outcome = '';
  endMs = -1;
  /** The end line's `skipped` list as JSON text, when it has one. */
  endSkippedJson: string | undefined = undefined;
  /** The file that holds the session: snapshots are found beside its day folder. */
  file = '';
  count = 0;
  readonly kinds: number[] = [];
  readonly steps: string[] = [];
  readonly stages: string[] = [];
  readonly ms: number[] = [];
  readonly reasons: string[] = [];
  readonly lines: SkipCounts = emptyCounts();

  reset(file: string): void {
    this.started = false;
    this.ended = false;
    this.script = '';
    this.version = '';
    this.sha = '';
    this.locale = '';
    this.agent = '';
    this.startT = '';
    this.lastT = '';
    this.status = 'interrupted';
    this.outcome = '';
    this.endMs = -1;
    this.endSkippedJson = undefined;
    this.file = file;
    this.count = 0;
    const l = this.lines;
    l.truncated = l.corrupt = l.hugeLines = l.newerVersion = l.unknownType = l.afterEnd = 0;
  }

  /**
   * Step ids seen so far, each kept once: the scratch then never holds a slice of
   * a file's text, so that text dies young instead of being promoted with it.
   */
  readonly #names = new Map<string, string>();

  #intern(text: string): string {
    const known = this.#names.get(text);
    if (known !== undefined) return known;
    // A flat copy of the text's characters, whatever they are.
    const copy = text.split('').join('');
    if (this.#names.size < 100_000) this.#names.set(copy, copy);
    return copy;
  }

  event(kind: number, step: string, stage: string, ms: number, reason: string): void {
    const i = this.count++;
    this.kinds[i] = kind;
    this.steps[i] = this.#intern(step);
    this.stages[i] = stage;
    this.ms[i] = ms;
    this.reasons[i] = reason === '' ? '' : this.#intern(reason);
  }

  /** Call length: the end line's `ms`, else the last line's time minus the start's. */
  callMs(): number {
    if (this.endMs >= 0) return this.endMs;
    const start = Date.parse(this.startT);
    const last = Date.parse(this.lastT);
    return Number.isFinite(start) && Number.isFinite(last) && last >= start ? last - start : 0;
  }
}
