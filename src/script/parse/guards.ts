/**
 * Checks on the raw text, before any parsing: a file too large to be a script,
 * or bytes that are not text, is refused without handing it to the YAML parser.
 */
import { error, type Issue } from '../issues.js';

export const DEFAULT_MAX_BYTES = 1024 * 1024;

export function checkSource(source: string, maxBytes: number): Issue | undefined {
  const bytes = utf8Bytes(source, maxBytes);
  if (bytes > maxBytes) {
    return { ...error('FILE_TOO_LARGE', [], { bytes, limit: maxBytes }), range: [0, 0] };
  }
  const bad = firstNonText(source);
  if (bad !== -1) return { ...error('BINARY_FILE', []), range: [bad, bad + 1] };
  return undefined;
}

/** UTF-8 size of `text`; counting stops early once it is clearly above `limit`. */
function utf8Bytes(text: string, limit: number): number {
  // Each UTF-16 unit is one to three bytes: decide without counting when possible.
  if (text.length > limit) return text.length;
  if (text.length * 3 <= limit) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
    if (bytes > limit) return bytes;
  }
  return bytes;
}

/**
 * Offset of the first sign that the file is not text: a NUL byte, the replacement
 * character a decoder leaves for invalid UTF-8, or a lone surrogate; -1 if none.
 */
function firstNonText(text: string): number {
  const nul = text.indexOf('\u0000');
  const replaced = text.indexOf('\uFFFD');
  const first = nul === -1 ? replaced : replaced === -1 ? nul : Math.min(nul, replaced);
  if (first !== -1) return first;
  const wellFormed = (text as unknown as { isWellFormed?: () => boolean }).isWellFormed;
  if (wellFormed?.call(text)) return -1;
  return firstLoneSurrogate(text);
}

function firstLoneSurrogate(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return i;
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      return i;
    }
  }
  return -1;
}
