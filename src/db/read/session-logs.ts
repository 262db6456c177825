/**
 * Sessions read back from the team database as the bytes of their logs: each
 * session's lines in order, each followed by its newline, streamed one session
 * at a time, so that the one log reader reads them exactly as it reads files.
 */
import type { Client } from '../connect.js';
import { byteaOf, copyOut } from './copy-out.js';

export interface SessionLog {
  readonly session: string;
  /** The file it was copied from, on its workstation. */
  readonly path: string;
  readonly bytes: Buffer;
}

const NEWLINE = Buffer.from('\n');

/** The logs of the sessions that `where` (over coach.sessions `s`, values written in) keeps. */
export async function* sessionLogs(client: Client, where: string): AsyncGenerator<SessionLog> {
  const query = `SELECT s.session_id, s.path, l.body, l.raw FROM coach.sessions s
    JOIN coach.lines l ON l.session_id = s.session_id WHERE ${where}
    ORDER BY s.session_id, l.line_no`;
  let current: { session: string; path: string; parts: Buffer[] } | undefined;
  for await (const [session, path, body, raw] of copyOut(client, query)) {
    if (current === undefined || current.session !== session) {
      if (current)
        yield { session: current.session, path: current.path, bytes: Buffer.concat(current.parts) };
      current = { session: session ?? '', path: path ?? '', parts: [] };
    }
    current.parts.push(body != null ? Buffer.from(body) : byteaOf(raw ?? ''), NEWLINE);
  }
  if (current)
    yield { session: current.session, path: current.path, bytes: Buffer.concat(current.parts) };
}
