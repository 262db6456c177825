/**
 * Invisible characters made visible: two names that differ only by a zero-width
 * space or a direction mark look the same on screen, so wherever such text names
 * someone, each invisible format character is written as `⟨U+200B⟩`. The joiners
 * Bengali spelling needs (ZWJ, ZWNJ) stay as they are.
 */
const INVISIBLE = /(?![\u200c\u200d])\p{Cf}/gu;

export function showInvisible(text: string): string {
  return text.replace(
    INVISIBLE,
    (c) => `⟨U+${(c.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}⟩`,
  );
}
