/**
 * Rows of a `COPY (query) TO STDOUT` in text format, as they stream in: one
 * array of column values per row, `\N` as null, escapes undone. Memory holds a
 * chunk at a time, however many rows the query gives.
 */
import type { Client } from '../connect.js';
import { copyStreams } from '../sync/copy-in.js';

const UNESCAPE = /\\(.)/g;
const ESCAPED: Readonly<Record<string, string>> = {
  t: '\t',
  n: '\n',
  r: '\r',
  b: '\b',
  f: '\f',
  v: '\v',
};

function field(raw: string): string | null {
  if (raw === '\\N') return null;
  return raw.indexOf('\\') < 0 ? raw : raw.replace(UNESCAPE, (_, c: string) => ESCAPED[c] ?? c);
}

export async function* copyOut(client: Client, query: string): AsyncGenerator<(string | null)[]> {
  const { to } = await copyStreams();
  const stream = client.query(to(`COPY (${query}) TO STDOUT`));
  let rest = '';
  const decoder = new TextDecoder();
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    const text = rest + decoder.decode(chunk, { stream: true });
    let start = 0;
    for (;;) {
      const nl = text.indexOf('\n', start);
      if (nl < 0) break;
      yield text.slice(start, nl).split('\t').map(field);
      start = nl + 1;
    }
    rest = text.slice(start);
  }
}
