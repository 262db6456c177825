/**
 * Strings kept from a file's text. A slice of the chunk a file is read into
 * would keep the whole chunk alive; a flat copy does not. Names that repeat
 * (step ids, agents, reasons) are kept once each.
 */

/**
 * A copy of `text` that keeps nothing it was sliced from alive: joining it to
 * another string and cutting that off again makes the engine copy its characters
 * into a new string (ten times faster than splitting and joining them).
 */
export function flatCopy(text: string): string {
  return text.length === 0 ? '' : ` ${text}`.slice(1);
}

/** Past this many names, new ones are copied but no longer remembered. */
const MAX_NAMES = 100_000;

export class Interner {
  readonly #names = new Map<string, string>();

  of(text: string): string {
    const known = this.#names.get(text);
    if (known !== undefined) return known;
    const copy = flatCopy(text);
    if (this.#names.size < MAX_NAMES) this.#names.set(copy, copy);
    return copy;
  }
}
