/**
 * What one file adds to a batch: its new lines, the reader's rows of its
 * session, its script snapshot (once per run), and its next checkpoint. A file
 * unchanged since its checkpoint (same size and time) is not even read.
 */
import { basename, dirname } from 'node:path';
import type { FileReader, SessionScratch } from '../../log/read/index.js';
import { logFolderOf, snapshotBytes } from '../../log/read/snapshots.js';
import type { Batch } from './batch.js';
import type { Checkpoint } from './checkpoints.js';
import { hexBytes, isText, NULL, nullableText, row, text } from './copy-text.js';
import { sessionRow, stepRows } from './derive.js';
import { type Change, changeOf, NO_MARK, newLines } from './new-lines.js';
import { readWhole } from './read-whole.js';

export interface FileContext {
  readonly host: string;
  readonly logDir: string;
  readonly reader: FileReader;
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

function lineRow(session: string, no: number, bytes: Buffer): string {
  return isText(bytes)
    ? row([session, String(no), text(bytes.toString('utf8')), NULL])
    : row([session, String(no), NULL, hexBytes(bytes)]);
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

export function addFile(
  ctx: FileContext,
  batch: Batch,
  path: string,
  size: number,
  mtimeMs: number,
  previous: Checkpoint | undefined,
): FileOutcome {
  if (previous && previous.size === size && previous.mtimeMs === mtimeMs)
    return { kind: 'unchanged' };
  const whole = readWhole(path);
  const verdictOnly = (verdict: string, detail?: string, seen = size) =>
    batch.files.push(
      fileRow(ctx, path, undefined, { ...NO_MARK, verdict, size: seen, mtimeMs }, detail),
    );
  if (typeof whole === 'string') {
    // Never a match for the next stat: a file that cannot be read now is tried again.
    verdictOnly('unreadable', whole, -1);
    return { kind: 'unreadable', code: whole };
  }
  const { bytes } = whole;
  const s = ctx.scratch;
  ctx.reader.readBytes(path, bytes, s);
  if (s.verdict !== 'session') {
    verdictOnly(s.verdict, s.result.newerV === undefined ? undefined : String(s.result.newerV));
    return { kind: 'other' };
  }
  const change = previous && previous.verdict === 'session' ? changeOf(bytes, previous) : undefined;
  if (change) return { kind: 'changed', change };
  const fresh = newLines(bytes, previous?.verdict === 'session' ? previous : NO_MARK);
  const session = text(s.session);
  for (const line of fresh.lines) batch.lines.push(lineRow(session, line.no, line.bytes));
  batch.sessions.push(sessionRow(s, ctx.host, bytes.length));
  batch.steps.push(stepRows(s));
  addSnapshot(ctx, batch, path, s.sha);
  const checkpoint = {
    ...fresh.mark,
    verdict: 'session',
    size: bytes.length,
    mtimeMs: whole.mtimeMs,
  };
  batch.files.push(fileRow(ctx, path, s.session, checkpoint));
  batch.lineCount += fresh.lines.length;
  batch.size += bytes.length - (previous?.syncedBytes ?? 0);
  return { kind: 'synced', lines: fresh.lines.length, checkpoint };
}
