/**
 * `coach replay --db`: a session read back from the team database — found by
 * its id or the start of it, its lines read by the one reader, its snapshot
 * trusted by the one rule — and replayed as over files.
 */

import type { Locale } from '../../i18n/locale.js';
import { readSessionBytes } from '../../log/read/record.js';
import type { SkipCounts } from '../../log/read/types.js';
import { idPrefix, oneSession } from '../../replay/locate.js';
import { type OpenedReplay, openedReplay } from '../../replay/open.js';
import type { Client } from '../connect.js';
import { sessionLogs } from './session-logs.js';
import { loadDbSnapshots } from './snapshots.js';

/** Sessions looked at for a prefix: enough to say that it fits several. */
const LIMIT = 1000;

interface Found extends SkipCounts {
  session_id: string;
  sha256: string;
}

export async function openDbReplay(
  client: Client,
  arg: string,
  where: string,
  locale: Locale,
): Promise<OpenedReplay> {
  const prefix = idPrefix(arg);
  const found =
    prefix === undefined
      ? []
      : (
          await client.query<Found>(
            `SELECT session_id, sha256, truncated, corrupt, unknown_type AS "unknownType",
               newer_version AS "newerVersion", huge_lines AS "hugeLines", after_end AS "afterEnd",
               over_limit AS "overLimit"
             FROM coach.sessions WHERE starts_with(session_id, $1) ORDER BY session_id DESC LIMIT ${LIMIT}`,
            [prefix],
          )
        ).rows;
  const { session_id: id, sha256, ...counts } = oneSession(arg, found, (r) => r.session_id, where);
  let file = id;
  let bytes: Buffer = Buffer.alloc(0);
  for await (const log of sessionLogs(client, `s.session_id = ${client.escapeLiteral(id)}`)) {
    file = log.path;
    bytes = log.bytes;
  }
  const script = (await loadDbSnapshots(client, [sha256])).get(sha256);
  return openedReplay(file, readSessionBytes(file, bytes), script, locale, counts);
}
