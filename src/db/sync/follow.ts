/**
 * `coach sync --follow`: a whole pass over the folders, then the day folders
 * where calls are being written looked at whenever the file system says they
 * changed and at least every half second (a shared folder may send no
 * notifications), with a whole pass again every half minute. When the database
 * goes away, it says so on stderr, waits longer each time, and catches up with a
 * whole pass once it is back. The call itself never waits on any of this.
 */
import { type FSWatcher, watch } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { t } from '../../i18n/index.js';
import { type Client, connect, disconnect } from '../connect.js';
import { dbError, isTransient } from '../errors.js';
import { migrate } from '../schema/migrate.js';
import { maskUrl } from '../url.js';
import { prepareStaging } from './batch.js';
import { hotFolders } from './hot-folders.js';
import { newTotals, type SyncOptions, syncOnce } from './sync.js';

const TICK_MS = 500;
const FULL_PASS_MS = 30_000;
const MAX_WAIT_MS = 30_000;

export interface FollowHooks {
  /** Told each line for stderr (without `\n`). */
  readonly tell: (line: string) => void;
  /** Aborted to stop following. */
  readonly signal: AbortSignal;
}

/** Watches folders; `poke` is called on any change (errors just leave the polling). */
function watchAll(folders: readonly string[], poke: () => void): FSWatcher[] {
  const watchers: FSWatcher[] = [];
  for (const folder of folders) {
    try {
      const w = watch(folder, { persistent: false }, poke);
      w.on('error', () => w.close());
      watchers.push(w);
    } catch {}
  }
  return watchers;
}

export async function follow(url: string, options: SyncOptions, hooks: FollowHooks): Promise<void> {
  const { signal, tell } = hooks;
  const shown = maskUrl(url);
  let client: Client | undefined;
  let wait = 1000;
  let lastFull = 0;
  let watchers: FSWatcher[] = [];
  let wake: (() => void) | undefined;
  const poke = () => wake?.();
  signal.addEventListener('abort', poke);
  try {
    while (!signal.aborted) {
      try {
        if (client === undefined) {
          client = await connect(url);
          await migrate(client);
          await prepareStaging(client);
          if (wait > 1000) tell(t('sync.follow.back', { url: shown }));
          wait = 1000;
          lastFull = 0;
        }
        const now = Date.now();
        const full = now - lastFull >= FULL_PASS_MS;
        const hot = hotFolders(options.paths.length > 0 ? options.paths : [options.logDir], now);
        const paths = full ? options.paths : hot;
        if (full || hot.length > 0) await syncOnce(client, { ...options, paths }, newTotals());
        if (full) {
          lastFull = now;
          for (const w of watchers) w.close();
          watchers = watchAll(
            [...(options.paths.length > 0 ? options.paths : [options.logDir]), ...hot],
            poke,
          );
        }
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, TICK_MS);
        });
      } catch (error) {
        if (!isTransient(error)) throw dbError(error, url);
        if (client) await disconnect(client);
        client = undefined;
        const detail = dbError(error, url).params.detail;
        tell(t('sync.follow.retry', { url: shown, detail, seconds: Math.round(wait / 1000) }));
        await sleep(wait, undefined, { signal }).catch(() => {});
        wait = Math.min(wait * 2, MAX_WAIT_MS);
      }
    }
  } finally {
    signal.removeEventListener('abort', poke);
    for (const w of watchers) w.close();
    if (client) await disconnect(client);
  }
}
