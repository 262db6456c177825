/**
 * The screen for a terminal without UTF-8 (LANG=C, a serial console): every symbol
 * and rule the screen draws has a one-column ASCII stand-in, so a frame is folded
 * after it is laid out and keeps its widths. Letters of the script's language are
 * left as they are: only the screen's own signs are replaced.
 */

const ASCII: Readonly<Record<string, string>> = {
  '─': '-',
  '✓': '+',
  '▶': '>',
  '▸': '>',
  '↷': '~',
  '◐': '%',
  '·': '-',
  '•': '*',
  '✗': 'x',
  '⚠': '!',
  '‹': '<',
  '›': '>',
  '…': '.',
  '↑': '^',
  '↓': 'v',
  '←': '<',
  '→': '>',
  '×': 'x',
  '“': '"',
  '”': '"',
  '„': '"',
  '‘': "'",
  '’': "'",
  '–': '-',
  '—': '-',
  '\u00a0': ' ',
};

const SYMBOLS = new RegExp(`[${Object.keys(ASCII).join('')}]`, 'g');

/** The line with the screen's symbols in ASCII, each in the one column it took. */
export function asciiLine(line: string): string {
  return line.replace(SYMBOLS, (symbol) => ASCII[symbol] ?? symbol);
}
