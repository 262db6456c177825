/**
 * Strings kept from a file's text. A slice of the chunk a file is read into
 * would keep the whole chunk alive; a flat copy does not. Names that repeat
 * (step ids, agents, reasons) are kept once each.
 */

/** A flat copy of the characters of `text`, whatever it was sliced from. */
export function flatCopy(text: string): string {
  return text.length === 0 ? '' : text.split('').join('');
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
