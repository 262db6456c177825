/**
 * What one file adds to a batch: its new lines, the reader's rows of its
 * session, its script snapshot (once per run), and its next checkpoint. A file
 * unchanged since its checkpoint (same size and time) is not even read.
 */
import { lstatSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { SESSION_FILE } from '../../log/dir.js';
import type { FileReader, SessionScratch } from '../../log/read/index.js';
import { logFolderOf, snapshotBytes } from '../../log/read/snapshots.js';
import type { Batch } from './batch.js';
import type { Checkpoint } from './checkpoints.js';
import { hexBytes, isText, NULL, nullableText, row, text } from './copy-text.js';
import { sessionRow } from './derive.js';
import { type Change, changeOf, type NewLines, NO_MARK, newLines } from './new-lines.js';
import type { WholeFileReader } from './read-whole.js';

const NEWLINE = Buffer.from('\n');

export interface FileContext {
  readonly host: string;
  readonly logDir: string;
  readonly reader: FileReader;
  readonly files: WholeFileReader;
  readonly scratch: SessionScratch;
  /** Snapshots already in this run's batches, by sha256. */
  readonly sentShas: Set<string>;
}

export type FileOutcome =
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'changed'; readonly change: Change }
  | { readonly kind: 'other' }
  | { readonly kind: 'unreadable'; readonly code: string }
  | { readonly kind: 'synced'; readonly lines: number; readonly checkpoint: Checkpoint };

/**
 * The new lines as one chunk of text; a line that is not UTF-8 text (or holds a
 * NUL) is an empty line there, its bytes a row of coach.raw_lines.
 */
function addChunk(batch: Batch, session: string, lines: NewLines['lines']): void {
  const first = lines[0];
  const last = lines.at(-1);
  if (first === undefined || last === undefined) return;
  const start = first.bytes.byteOffset;
  const end = last.bytes.byteOffset + last.bytes.length;
  const whole = Buffer.from(first.bytes.buffer, start, end - start);
  let body: Buffer;
  if (isText(whole)) body = whole;
  else {
    const parts: Buffer[] = [];
    for (const line of lines) {
      if (parts.length > 0) parts.push(NEWLINE);
      if (isText(line.bytes)) parts.push(line.bytes);
      else batch.raws.push(row([text(session), String(line.no), hexBytes(line.bytes)]));
    }
    body = Buffer.concat(parts);
  }
  batch.chunks.add([session, first.no, last.no, body]);
}

function fileRow(
  ctx: FileContext,
  path: string,
  session: string | undefined,
  c: Checkpoint,
  detail?: string,
): string {
  return row([
    text(ctx.host),
    text(path),
    text(dirname(path)),
    c.verdict,
    nullableText(detail),
    session === undefined ? NULL : text(session),
    String(c.size),
    String(c.mtimeMs),
    String(c.syncedBytes),
    String(c.lines),
    c.headSha,
  ]);
}

function addSnapshot(ctx: FileContext, batch: Batch, path: string, sha: string): void {
  if (ctx.sentShas.has(sha)) return;
  const folder = logFolderOf(path);
  const bytes = snapshotBytes(sha, folder === undefined ? [ctx.logDir] : [folder, ctx.logDir]);
  if (bytes === undefined) return;
  ctx.sentShas.add(sha);
  batch.snapshots.push(row([text(sha), hexBytes(bytes)]));
}

/** A copy of a session that the readers leave out for a longer one: recorded, not read. */
export function addCopy(ctx: FileContext, batch: Batch, path: string): void {
  const session = basename(path, '.jsonl');
  batch.files.push(
    fileRow(ctx, path, session, { ...NO_MARK, verdict: 'copy', size: -1, mtimeMs: -1 }),
  );
}

/** Same size and time as at the checkpoint: nothing to read (a file gone is not unchanged). */
function unchanged(path: string, previous: Checkpoint): boolean {
  try {
    const stat = lstatSync(path);
    return stat.size === previous.size && stat.mtimeMs === previous.mtimeMs;
  } catch {
    return false;
  }
}

export function addFile(
  ctx: FileContext,
  batch: Batch,
  path: string,
  previous: Checkpoint | undefined,
): FileOutcome {
  if (previous && unchanged(path, previous)) return { kind: 'unchanged' };
  const whole = ctx.files.read(path);
  // A file named after a session that is no log (yet, or any more) may be a copy of that session.
  const named = SESSION_FILE.test(basename(path)) ? basename(path, '.jsonl') : undefined;
  const verdictOnly = (verdict: string, detail?: string, size = -1, mtimeMs = -1) =>
    batch.files.push(fileRow(ctx, path, named, { ...NO_MARK, verdict, size, mtimeMs }, detail));
  if (typeof whole === 'string') {
    // Never a match for the next stat: a file that cannot be read now is tried again.
    verdictOnly('unreadable', whole);
    return { kind: 'unreadable', code: whole };
  }
  const { bytes } = whole;
  // A log rewritten under its checkpoint is told as such, whatever is left of it.
  const change = previous && previous.verdict === 'session' ? changeOf(bytes, previous) : undefined;
  if (change) return { kind: 'changed', change };
  const s = ctx.scratch;
  ctx.reader.readBytes(path, bytes, s);
  if (s.verdict !== 'session') {
    const v = s.result.newerV;
    verdictOnly(s.verdict, v === undefined ? undefined : String(v), bytes.length, whole.mtimeMs);
    return { kind: 'other' };
  }
  const fresh = newLines(bytes, previous?.verdict === 'session' ? previous : NO_MARK);
  addChunk(batch, s.session, fresh.lines);
  sessionRow(batch.sessions, s, ctx.host, bytes.length);
  addSnapshot(ctx, batch, path, s.sha);
  const checkpoint = {
    ...fresh.mark,
    verdict: 'session',
    size: bytes.length,
    mtimeMs: whole.mtimeMs,
  };
  batch.files.push(fileRow(ctx, path, s.session, checkpoint));
  return { kind: 'synced', lines: fresh.lines.length, checkpoint };
}
