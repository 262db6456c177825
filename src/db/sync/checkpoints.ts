/**
 * The checkpoints of one workstation's files (coach.files, keyed by host and
 * path), read a folder at a time as sync walks the folders: memory holds one
 * folder's checkpoints, however many sessions the logs hold.
 */
import { dirname } from 'node:path';
import type { Client } from '../connect.js';
import type { FileMark } from './new-lines.js';

export interface Checkpoint extends FileMark {
  readonly verdict: string;
  readonly size: number;
  readonly mtimeMs: number;
}

interface Row {
  path: string;
  verdict: string;
  size: string;
  mtime_ms: number;
  synced_bytes: string;
  lines: number;
  head_sha: string;
}

export class Checkpoints {
  #folder: string | undefined;
  #marks = new Map<string, Checkpoint>();

  constructor(
    private readonly client: Client,
    private readonly host: string,
  ) {}

  /** Whether the checkpoints of `path`'s folder are the ones in memory. */
  holds(path: string): boolean {
    return dirname(path) === this.#folder;
  }

  async load(path: string): Promise<void> {
    const folder = dirname(path);
    this.#marks = await this.#load(folder);
    this.#folder = folder;
  }

  /** The checkpoint of a file of the folder loaded last. */
  of(path: string): Checkpoint | undefined {
    return this.#marks.get(path);
  }

  /** What a committed batch moved, so that a file seen again in this folder is not resent. */
  set(path: string, mark: Checkpoint): void {
    if (dirname(path) === this.#folder) this.#marks.set(path, mark);
  }

  async #load(folder: string): Promise<Map<string, Checkpoint>> {
    const result = await this.client.query<Row>(
      'SELECT path, verdict, size, mtime_ms, synced_bytes, lines, head_sha FROM coach.files WHERE host = $1 AND folder = $2',
      [this.host, folder],
    );
    const marks = new Map<string, Checkpoint>();
    for (const r of result.rows) {
      marks.set(r.path, {
        verdict: r.verdict,
        size: Number(r.size),
        mtimeMs: r.mtime_ms,
        syncedBytes: Number(r.synced_bytes),
        lines: r.lines,
        headSha: r.head_sha,
      });
    }
    return marks;
  }
}
