/**
 * The time of the last line of a file that had one, kept as where it lies in the
 * text rather than read: only the last of a file's times is ever needed (how
 * long an interrupted call lasted), and reading each would cost more than the
 * rest of the line.
 */
import type { LineFields } from './scan/fields.js';
import { timeOf } from './scan/time.js';

export class LastTime {
  #text = '';
  #start = -1;
  #end = -1;
  #copy: string | undefined;

  reset(): void {
    this.#text = '';
    this.#start = -1;
    this.#copy = undefined;
  }

  /** The line just read (its fields `f`, in `text`) has a readable time. */
  note(f: LineFields, text: string): void {
    if (f.tStart >= 0) {
      this.#text = text;
      this.#start = f.tStart;
      this.#end = f.tEnd;
      this.#copy = undefined;
    } else {
      this.#start = -1;
      this.#copy = f.t;
    }
  }

  /** The text the last time lies in is about to be replaced: keep the time itself. */
  detach(): void {
    if (this.#start < 0) return;
    this.#copy = this.#text.slice(this.#start, this.#end);
    this.#text = '';
    this.#start = -1;
  }

  /** Epoch ms of the last time noted; NaN when none was. */
  at(): number {
    if (this.#start >= 0) return timeOf(this.#text.slice(this.#start, this.#end));
    return this.#copy === undefined ? Number.NaN : timeOf(this.#copy);
  }
}
