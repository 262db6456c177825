/**
 * Splits a log into lines on LF only, in bounded memory: a file is read in chunks
 * and a line longer than MAX_LINE_BYTES is dropped as it streams by, so a damaged
 * or hostile 1 GiB line is never built into a string.
 */
import { closeSync, openSync, readSync } from 'node:fs';

/** Longest line read (1 MiB); a longer one is skipped and counted. */
export const MAX_LINE_BYTES = 1024 * 1024;

const CHUNK_BYTES = 64 * 1024;
const LF = 0x0a;

export type Line =
  /** `terminated` is false for a last line without its `\n`. */
  | { readonly kind: 'line'; readonly text: string; readonly terminated: boolean }
  | { readonly kind: 'huge' };

/** Lines of a whole text (used by `parseSessionText`). */
export function* textLines(text: string): Generator<Line> {
  let from = 0;
  while (from < text.length) {
    const lf = text.indexOf('\n', from);
    const end = lf === -1 ? text.length : lf;
    const line = text.slice(from, end);
    // Bytes, not code units: a Bengali line is three bytes a letter on disk.
    if (line.length > MAX_LINE_BYTES / 3 && Buffer.byteLength(line) > MAX_LINE_BYTES) {
      yield { kind: 'huge' };
    } else {
      yield { kind: 'line', text: line, terminated: lf !== -1 };
    }
    from = end + 1;
  }
}

// Logs are small and many: one chunk buffer is kept for the next file instead of
// making a new one per file.
let spare: Buffer | undefined;

/**
 * Lines of a file, read chunk by chunk. Synchronous: for thousands of small files
 * on a local disk, a trip through the thread pool per read costs more than the
 * read. Throws what the file system throws.
 */
export function* fileLines(path: string): Generator<Line> {
  const fd = openSync(path, 'r');
  const buffer = spare ?? Buffer.allocUnsafe(CHUNK_BYTES);
  spare = undefined;
  try {
    let parts: Buffer[] = [];
    let size = 0;
    let huge = false;
    for (;;) {
      const bytesRead = readSync(fd, buffer, 0, CHUNK_BYTES, null);
      if (bytesRead === 0) break;
      let from = 0;
      while (from < bytesRead) {
        const lf = buffer.indexOf(LF, from);
        const end = lf === -1 || lf >= bytesRead ? bytesRead : lf;
        if (!huge) {
          size += end - from;
          if (size > MAX_LINE_BYTES) {
            // Told at once, so a reader can stop before the rest of the line is read.
            huge = true;
            parts = [];
            yield { kind: 'huge' };
          } else if (end === bytesRead && end > from) {
            // The line goes on in the next chunk: keep a copy, the buffer is reused.
            parts.push(Buffer.from(buffer.subarray(from, end)));
          }
        }
        if (end === bytesRead) break;
        if (!huge) {
          const text =
            parts.length === 0
              ? buffer.toString('utf8', from, end)
              : Buffer.concat([...parts, buffer.subarray(from, end)]).toString('utf8');
          yield { kind: 'line', text, terminated: true };
        }
        parts = [];
        size = 0;
        huge = false;
        from = end + 1;
      }
    }
    if (!huge && size > 0) {
      yield { kind: 'line', text: Buffer.concat(parts).toString('utf8'), terminated: false };
    }
  } finally {
    spare = buffer;
    closeSync(fd);
  }
}
