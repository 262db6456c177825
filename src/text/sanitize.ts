/**
 * Text from scripts, notes, variables and logs is data: it must never reach a
 * terminal as a control sequence. Removing the control characters (C0, DEL, C1)
 * is enough, because without ESC/CSI the rest of a sequence prints as plain text.
 * Bidirectional overrides go too, since they can make a line read as something
 * else; ZWJ/ZWNJ stay, Bengali needs them.
 */
/**
 * What never reaches output: C0 controls but tab and line feed, DEL, C1, and the
 * bidirectional overrides and isolates. The script checker refuses the same set.
 */
export const UNSAFE_CHARACTERS =
  '\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u202a-\\u202e\\u2066-\\u2069';
const CONTROL = new RegExp(`[${UNSAFE_CHARACTERS}]`, 'g');
const LINE_BREAKS = /\r\n|[\n\r\u2028\u2029\u0085]/g;

/** One line of output: line breaks and tabs become spaces, other controls vanish. */
export function sanitizeLine(text: string): string {
  return text.replace(LINE_BREAKS, ' ').replace(/\t/g, ' ').replace(CONTROL, '');
}

/** Multi-line text: keeps `\n`, turns tabs into two spaces, removes other controls. */
export function sanitizeText(text: string): string {
  return text.replace(LINE_BREAKS, '\n').replace(/\t/g, '  ').replace(CONTROL, '');
}
