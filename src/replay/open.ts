/**
 * Opens the session a replay asks for: finds its file, reads its record — refusing
 * one that cannot be replayed — and loads the script snapshot it ran. What the
 * replay should say before anything else comes back as notices.
 */
import { UsageError } from '../errors.js';
import { translatorFor } from '../i18n/index.js';
import type { Locale } from '../i18n/locale.js';
import { readSession } from '../log/read/index.js';
import { totalSkipped } from '../log/read/tally.js';
import type { SessionHeader, SessionRecord, SkipCounts } from '../log/read/types.js';
import type { Script } from '../script/types.js';
import { sanitizeLine } from '../text/sanitize.js';
import { loadSnapshot, locateSession } from './locate.js';

/** A record that can be replayed: it has its start line. */
export type ReplayRecord = SessionRecord & { readonly header: SessionHeader };

export interface OpenedReplay {
  readonly file: string;
  readonly record: ReplayRecord;
  /** The script the session ran; absent when its snapshot is missing, edited or unusable. */
  readonly script?: Script;
  /** Lines for stderr, in order: lines of the log left out, a missing snapshot. */
  readonly notices: readonly string[];
}

/** The record itself, or the usage error saying why it cannot be replayed. */
export function replayable(record: SessionRecord, file: string): ReplayRecord {
  if (record.unreadable !== undefined) {
    throw new UsageError('replay.errors.unreadable', { path: file, code: record.unreadable });
  }
  if (record.newerFormat !== undefined) {
    throw new UsageError('replay.errors.newer', { path: file, version: record.newerFormat });
  }
  if (!record.header) throw new UsageError('replay.errors.notALog', { path: file });
  return record as ReplayRecord;
}

/**
 * A read session made ready to replay: refused if it cannot be, with its
 * notices (lines left out, by `counts`; a missing snapshot) in `locale`.
 */
export function openedReplay(
  file: string,
  read: SessionRecord,
  script: Script | undefined,
  locale: Locale,
  counts: SkipCounts = read.counts,
): OpenedReplay {
  const t = translatorFor(locale);
  const record = replayable(read, file);
  const notices: string[] = [];
  const skipped = totalSkipped(counts);
  if (skipped > 0) notices.push(t('replay.skippedLines', { count: skipped }));
  const sha = record.header.script.sha256;
  if (!script) notices.push(t('replay.snapshotMissing', { sha: sanitizeLine(sha) }));
  return { file, record, ...(script ? { script } : {}), notices };
}

/** `arg` is a log file or a session id looked up in `logDir`; notices are in `locale`. */
export async function openReplay(
  arg: string,
  logDir: string,
  locale: Locale,
): Promise<OpenedReplay> {
  const file = locateSession(arg, logDir);
  const record = readSession(file);
  const sha = record.header?.script.sha256;
  const script = sha === undefined ? undefined : loadSnapshot(file, sha, logDir);
  return openedReplay(file, record, script, locale);
}
