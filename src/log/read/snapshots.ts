/**
 * The one loader of script snapshots for every reader of logs. A session's
 * snapshot is looked for beside it (the log folder that holds its day folder),
 * then in the log folder in use. A snapshot whose bytes no longer have the
 * sha256 that names it was edited after the call: it is not what the agent saw,
 * so it is not used (a replay refuses it, a report leaves targets unknown).
 */
import { closeSync, fstatSync, readSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { checkScript } from '../../script/index.js';
import { MAX_SCRIPT_BYTES } from '../../script/limits.js';
import type { Script } from '../../script/types.js';
import { DAY_FOLDER, scriptSnapshotPath } from '../dir.js';
import { scriptSha256 } from '../snapshot.js';
import { openNoFollow } from './open-file.js';

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * A snapshot's bytes: a regular file no larger than a script may be (the
 * checker refuses more), read whole; anything else (a link, a FIFO, a device, a
 * huge file in a shared folder) is no snapshot.
 */
function readSnapshot(path: string): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = openNoFollow(path);
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.size > MAX_SCRIPT_BYTES) return undefined;
    const { size } = stat;
    const bytes = Buffer.alloc(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, bytes, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return bytes.subarray(0, read);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The log folder a session file sits in (the parent of its day folder), if it sits in one. */
export function logFolderOf(file: string): string | undefined {
  const day = dirname(file);
  return DAY_FOLDER.test(basename(day)) ? dirname(day) : undefined;
}

/** A snapshot's script from its bytes, when they still hash to its name (wherever they were kept). */
export function trustedSnapshot(sha256: string, bytes: Uint8Array): Script | undefined {
  if (scriptSha256(bytes) !== sha256) return undefined;
  return checkScript(Buffer.from(bytes).toString('utf8')).script;
}

/** The bytes of the first snapshot of `sha256` among log folders that still hash to it. */
export function snapshotBytes(sha256: string, folders: Iterable<string>): Buffer | undefined {
  if (!SHA256.test(sha256)) return undefined;
  for (const folder of folders) {
    const bytes = readSnapshot(scriptSnapshotPath(folder, sha256));
    if (bytes !== undefined && scriptSha256(bytes) === sha256) return bytes;
  }
  return undefined;
}

/** The first usable snapshot of `sha256` among log folders, in order. */
export function loadSnapshot(sha256: string, folders: Iterable<string>): Script | undefined {
  if (!SHA256.test(sha256)) return undefined;
  for (const folder of folders) {
    const bytes = readSnapshot(scriptSnapshotPath(folder, sha256));
    const script = bytes === undefined ? undefined : trustedSnapshot(sha256, bytes);
    if (script) return script;
  }
  return undefined;
}

/** Snapshots for many sessions, each loaded once however many sessions share it. */
export class SnapshotStore {
  /** Content-addressed: a script found anywhere is the script of that sha256 everywhere. */
  readonly #found = new Map<string, Script>();
  readonly #missing = new Set<string>();

  constructor(private readonly logDir: string) {}

  /** The script a session in `file` ran, or undefined when its snapshot is missing or unusable. */
  scriptFor(file: string, sha256: string): Script | undefined {
    const known = this.#found.get(sha256);
    if (known) return known;
    const folders = [logFolderOf(file), this.logDir].filter(
      (folder): folder is string =>
        folder !== undefined && !this.#missing.has(`${folder}\n${sha256}`),
    );
    const script = loadSnapshot(sha256, folders);
    if (script) this.#found.set(sha256, script);
    else for (const folder of folders) this.#missing.add(`${folder}\n${sha256}`);
    return script;
  }
}
