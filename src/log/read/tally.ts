/**
 * What the reader could not use, added up over many files, so that a listing or a
 * report can say how much of the data it rests on was damaged.
 */
import type { SessionRecord, SkipCounts } from './types.js';

export function emptyCounts(): SkipCounts {
  return { truncated: 0, corrupt: 0, unknownType: 0, newerVersion: 0, hugeLines: 0, afterEnd: 0 };
}

export function addCounts(total: SkipCounts, more: Readonly<SkipCounts>): void {
  total.truncated += more.truncated;
  total.corrupt += more.corrupt;
  total.unknownType += more.unknownType;
  total.newerVersion += more.newerVersion;
  total.hugeLines += more.hugeLines;
  total.afterEnd += more.afterEnd;
}

export function totalSkipped(counts: Readonly<SkipCounts>): number {
  return (
    counts.truncated +
    counts.corrupt +
    counts.unknownType +
    counts.newerVersion +
    counts.hugeLines +
    counts.afterEnd
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
  sessions = 0;

  /** Adds a record; returns true when it is a session that can be used. */
  add(record: SessionRecord): boolean {
    addCounts(this.counts, record.counts);
    if (record.unreadable !== undefined) {
      this.unreadable.push({ file: record.file, code: record.unreadable });
      return false;
    }
    if (record.newerFormat !== undefined) {
      this.newer.push({ file: record.file, v: record.newerFormat });
      return false;
    }
    if (record.notALog || !record.header) {
      this.notLogs.push(record.file);
      return false;
    }
    this.sessions++;
    return true;
  }
}
