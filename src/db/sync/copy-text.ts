/**
 * Rows in PostgreSQL's COPY text format: tab-separated columns, one row a line,
 * `\N` for NULL, and backslash, tab, newline and carriage return escaped. Bytes
 * that are not UTF-8 text (or hold a NUL, which a text column cannot) go to a
 * bytea column as hex.
 */
import { isUtf8 } from 'node:buffer';

const SPECIAL = /[\\\t\n\r]/g;
const ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '\t': '\\t',
  '\n': '\\n',
  '\r': '\\r',
};

export const NULL = '\\N';

export function text(value: string): string {
  return value.replace(SPECIAL, (c) => ESCAPES[c] as string);
}

export function nullableText(value: string | undefined | null): string {
  return value == null ? NULL : text(value);
}

/** A bytea value: `\\x` and hex (the backslash itself escaped). */
export function hexBytes(bytes: Uint8Array): string {
  return `\\\\x${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex')}`;
}

/** Whether these bytes can be a text column as they are. */
export function isText(bytes: Buffer): boolean {
  return bytes.indexOf(0) < 0 && isUtf8(bytes);
}

export function row(columns: readonly string[]): string {
  return `${columns.join('\t')}\n`;
}
