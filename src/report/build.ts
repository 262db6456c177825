/**
 * A report from the session logs under some paths: the files found (each session
 * once), counted on every core, and the totals turned into the report's data.
 */
import { type Filters, type FindNotes, findSessionFiles } from '../log/read/index.js';
import { aggregateFiles } from './aggregate/aggregate.js';
import { finalize } from './rows/finalize.js';
import type { Report } from './types.js';

export interface ReportOptions {
  readonly paths: readonly string[];
  /** Searched when `paths` is empty, and where snapshots are looked for last. */
  readonly logDir: string;
  readonly filter: Filters;
  /** Threads that read logs (default: one per core once there is enough to read). */
  readonly threads?: number;
  readonly onProgress?: (read: number) => void;
  /** Filled with what finding the files noticed (copies left out, folders in doubt). */
  readonly notes?: FindNotes;
}

export async function buildReport(options: ReportOptions): Promise<Report> {
  const found = options.notes ?? { duplicates: 0 };
  const files = findSessionFiles(options.paths, options.logDir, found);
  const acc = await aggregateFiles(files, {
    filter: options.filter,
    ...(options.threads === undefined ? {} : { threads: options.threads }),
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
  });
  acc.files.duplicate = found.duplicates;
  return finalize(acc, options.logDir);
}
