/**
 * Checks on the raw text, before any parsing: a file too large to be a script,
 * or bytes that are not text, is refused without handing it to the YAML parser.
 */
import { error, type Issue } from '../issues.js';

export function checkSource(source: string, maxBytes: number): Issue | undefined {
  const bytes = utf8Bytes(source, maxBytes);
  if (bytes > maxBytes) {
    return { ...error('FILE_TOO_LARGE', [], { bytes, limit: maxBytes }), range: [0, 0] };
  }
  const bad = firstNonText(source);
  if (bad !== -1) return { ...error('BINARY_FILE', []), range: [bad, bad + 1] };
  return undefined;
}

/** UTF-8 size of `text`, counted only when it could be over `limit`. */
function utf8Bytes(text: string, limit: number): number {
  // Each UTF-16 unit is one to three bytes: a short text needs no counting.
  if (text.length * 3 <= limit) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4;
      i++;
    } else bytes += 3;
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
      if (!isLowSurrogate(text.charCodeAt(i + 1))) return i;
      i++;
    } else if (isLowSurrogate(code)) {
      return i;
    }
  }
  return -1;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
