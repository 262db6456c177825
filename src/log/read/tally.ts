/**
 * What the reader could not use, added up over many files, so that a listing or a
 * report can say how much of the data it rests on was damaged.
 */
import type { FileResult } from './file-reader.js';
import type { FolderNote } from './find/trust.js';
import type { SkipCounts } from './types.js';

export function emptyCounts(): SkipCounts {
  return {
    truncated: 0,
    corrupt: 0,
    unknownType: 0,
    newerVersion: 0,
    hugeLines: 0,
    afterEnd: 0,
    overLimit: 0,
  };
}

export function addCounts(total: SkipCounts, more: Readonly<SkipCounts>): void {
  total.truncated += more.truncated;
  total.corrupt += more.corrupt;
  total.unknownType += more.unknownType;
  total.newerVersion += more.newerVersion;
  total.hugeLines += more.hugeLines;
  total.afterEnd += more.afterEnd;
  total.overLimit += more.overLimit;
}

export function totalSkipped(counts: Readonly<SkipCounts>): number {
  return (
    counts.truncated +
    counts.corrupt +
    counts.unknownType +
    counts.newerVersion +
    counts.hugeLines +
    counts.afterEnd +
    counts.overLimit
  );
}

export class ReadTally {
  readonly counts = emptyCounts();
  /** Files that do not begin with a start line. */
  readonly notLogs: string[] = [];
  /** Files written in a newer format, with their version. */
  readonly newer: { readonly file: string; readonly v: number }[] = [];
  /** Files that could not be read, with the system's error code. */
  readonly unreadable: { readonly file: string; readonly code: string }[] = [];
  /** Copies of sessions left out because another copy of the same session was read. */
  duplicates = 0;
  /** Folders read that another user owns or anyone may write to. */
  readonly doubts: FolderNote[] = [];
  sessions = 0;

  /** Adds what reading `file` gave; returns true when it is a session that can be used. */
  add(file: string, result: FileResult): boolean {
    addCounts(this.counts, result.counts);
    if (result.verdict === 'unreadable') {
      this.unreadable.push({ file, code: result.errorCode ?? 'EIO' });
      return false;
    }
    if (result.verdict === 'newerVersion') {
      this.newer.push({ file, v: result.newerV ?? 0 });
      return false;
    }
    if (result.verdict === 'notSessionLog') {
      this.notLogs.push(file);
      return false;
    }
    this.sessions++;
    return true;
  }
}
