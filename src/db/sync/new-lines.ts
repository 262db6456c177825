/**
 * The lines of a file that its checkpoint has not seen, cut so that nothing is
 * ever sent half: whole lines (up to the last newline), then a last line without
 * its newline only when it is a whole JSON object — the readers count such a
 * line as read (log-format §9, rule 1). The checkpoint never moves past that last
 * line: when its newline arrives, the same text gets the same key and is not sent
 * twice. A file smaller than its checkpoint, or whose first bytes changed, was
 * rewritten: it is reported, never resent.
 */
import { createHash } from 'node:crypto';
import { wholeObject } from '../../log/read/line-rules.js';

/** Bytes of a file's beginning whose hash tells that it is still the file once synced. */
const HEAD_BYTES = 4096;

export interface FileMark {
  /** Bytes synced: always the end of a whole line. */
  readonly syncedBytes: number;
  /** Lines synced. */
  readonly lines: number;
  /** sha256 (hex) of the synced part's first HEAD_BYTES bytes. */
  readonly headSha: string;
}

export interface NewLines {
  /** The lines to send, numbered from 1 in the file. */
  readonly lines: readonly { readonly no: number; readonly bytes: Buffer }[];
  /** Where the checkpoint may move. */
  readonly mark: FileMark;
}

export type Change = 'shrank' | 'changed';

export const NO_MARK: FileMark = { syncedBytes: 0, lines: 0, headSha: headSha(Buffer.alloc(0), 0) };

export function headSha(bytes: Buffer, synced: number): string {
  return createHash('sha256')
    .update(bytes.subarray(0, Math.min(HEAD_BYTES, synced)))
    .digest('hex');
}

/** How the file differs from what was synced of it, if it was rewritten. */
export function changeOf(bytes: Buffer, mark: FileMark): Change | undefined {
  if (bytes.length < mark.syncedBytes) return 'shrank';
  return headSha(bytes, mark.syncedBytes) === mark.headSha ? undefined : 'changed';
}

export function newLines(bytes: Buffer, mark: FileMark): NewLines {
  const lines: { no: number; bytes: Buffer }[] = [];
  let pos = mark.syncedBytes;
  let no = mark.lines;
  for (;;) {
    const nl = bytes.indexOf(10, pos);
    if (nl < 0) break;
    lines.push({ no: ++no, bytes: bytes.subarray(pos, nl) });
    pos = nl + 1;
  }
  const synced = { syncedBytes: pos, lines: no, headSha: headSha(bytes, pos) };
  if (pos < bytes.length) {
    const tail = bytes.subarray(pos);
    if (wholeObject(tail.toString('latin1'), 0, tail.length))
      lines.push({ no: no + 1, bytes: tail });
  }
  return { lines, mark: synced };
}
