/**
 * Script snapshots for the reader, loaded once per sha256 however many sessions
 * share them. A snapshot is looked for beside the session (the log folder that
 * holds its day folder), then in the log folder in use.
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { checkScript } from '../../script/index.js';
import type { Script } from '../../script/types.js';
import { DAY_FOLDER, scriptSnapshotPath } from '../dir.js';
import { scriptSha256 } from '../snapshot.js';

const SHA256 = /^[0-9a-f]{64}$/;

export interface SnapshotStore {
  /** The script a session ran, or undefined when its snapshot is missing or unusable. */
  scriptFor(file: string, sha256: string): Promise<Script | undefined>;
}

async function load(path: string, sha256: string): Promise<Script | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    return undefined;
  }
  // A snapshot edited by hand is not what the agent saw.
  if (scriptSha256(bytes) !== sha256) return undefined;
  return checkScript(bytes.toString('utf8')).script;
}

export function createSnapshotStore(logDir: string): SnapshotStore {
  // Content-addressed: a script found anywhere is the script of that sha256 everywhere.
  const found = new Map<string, Promise<Script | undefined>>();
  const tried = new Map<string, Promise<Script | undefined>>();
  const at = (folder: string, sha256: string) => {
    const path = scriptSnapshotPath(folder, sha256);
    let loading = tried.get(path);
    if (!loading) {
      loading = load(path, sha256);
      tried.set(path, loading);
    }
    return loading;
  };
  return {
    async scriptFor(file, sha256) {
      if (!SHA256.test(sha256)) return undefined;
      const known = await found.get(sha256);
      if (known) return known;
      const day = dirname(file);
      const beside = DAY_FOLDER.test(basename(day)) ? await at(dirname(day), sha256) : undefined;
      const script = beside ?? (await at(logDir, sha256));
      if (script) found.set(sha256, Promise.resolve(script));
      return script;
    },
  };
}
