/**
 * Sessions read back from the team database as the bytes of their logs: each
 * session's chunks in order, each line followed by its newline (a line kept as
 * bytes put back in its place), streamed one session at a time, so that the one
 * log reader reads them exactly as it reads files.
 */
import type { Client } from '../connect.js';
import { copyOut } from './copy-out.js';

export interface SessionLog {
  readonly session: string;
  /** The file it was copied from, on its workstation. */
  readonly path: string;
  readonly bytes: Buffer;
}

interface Gathering {
  readonly session: string;
  readonly path: string;
  readonly parts: Buffer[];
  /** Its lines kept as bytes, by number. */
  raws: Map<number, Buffer> | undefined;
}

const NEWLINE = Buffer.from('\n');

/** A chunk's lines as bytes, each with its newline. */
function chunkBytes(g: Gathering, first: number, body: string): Buffer[] {
  if (g.raws === undefined) return [Buffer.from(body), NEWLINE];
  return body
    .split('\n')
    .flatMap((line, i) => [g.raws?.get(first + i) ?? Buffer.from(line), NEWLINE]);
}

/** The logs of the sessions that `where` (over coach.sessions `s`, values written in) keeps. */
export async function* sessionLogs(client: Client, where: string): AsyncGenerator<SessionLog> {
  const raws = await client.query<{ session_id: string; line_no: number; raw: Buffer }>(
    `SELECT r.session_id, r.line_no, r.raw FROM coach.raw_lines r
     JOIN coach.sessions s ON s.session_id = r.session_id WHERE ${where}`,
  );
  const rawsOf = new Map<string, Map<number, Buffer>>();
  for (const r of raws.rows) {
    const lines = rawsOf.get(r.session_id) ?? new Map<number, Buffer>();
    lines.set(r.line_no, r.raw);
    rawsOf.set(r.session_id, lines);
  }
  const query = `SELECT s.session_id, s.path, c.first_line, c.body FROM coach.sessions s
    JOIN coach.chunks c ON c.session_id = s.session_id WHERE ${where}
    ORDER BY s.session_id, c.first_line`;
  let g: Gathering | undefined;
  for await (const [session, path, first, body] of copyOut(client, query)) {
    if (g === undefined || g.session !== session) {
      if (g) yield { session: g.session, path: g.path, bytes: Buffer.concat(g.parts) };
      const id = session ?? '';
      g = { session: id, path: path ?? '', parts: [], raws: rawsOf.get(id) };
    }
    g.parts.push(...chunkBytes(g, Number(first), body ?? ''));
  }
  if (g) yield { session: g.session, path: g.path, bytes: Buffer.concat(g.parts) };
}
