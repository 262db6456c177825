/**
 * The session id a log file's start line gives, for a file whose name does not
 * say it (a log copied under another name). Only the first line is read.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { isStartLine } from '../line-rules.js';
import { LineFields } from '../scan/fields.js';
import { scanLine } from '../scan/scan.js';

/** A start line is short; a first line longer than this is no start line. */
const FIRST_LINE_BYTES = 64 * 1024;

export function sessionIdIn(path: string): string | undefined {
  const buffer = Buffer.alloc(FIRST_LINE_BYTES);
  let read = 0;
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    read = readSync(fd, buffer, 0, FIRST_LINE_BYTES, 0);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  const end = buffer.subarray(0, read).indexOf(0x0a);
  if (end < 0) return undefined;
  const text = buffer.toString('latin1', 0, end);
  const fields = new LineFields();
  if (!scanLine(text, 0, end, fields, buffer) || !isStartLine(fields, text)) return undefined;
  return fields.session;
}
