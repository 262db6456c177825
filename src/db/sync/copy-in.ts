/** COPY … FROM STDIN of rows already encoded (text or binary format), through pg-copy-streams. */
import type { Client } from '../connect.js';

type CopyStreams = typeof import('pg-copy-streams');

/** pg-copy-streams is CommonJS: its functions may sit on the module's default export. */
export async function copyStreams(): Promise<CopyStreams> {
  const module = (await import('pg-copy-streams')) as CopyStreams & { default?: CopyStreams };
  return module.default ?? module;
}

async function copyIn(client: Client, sql: string, data: string | Buffer): Promise<void> {
  const { from } = await copyStreams();
  const stream = client.query(from(sql));
  await new Promise<void>((resolve, reject) => {
    stream.on('error', reject);
    stream.on('finish', resolve);
    stream.end(data);
  });
}

/** Rows in COPY text format. */
export async function copyRows(
  client: Client,
  table: string,
  rows: readonly string[],
): Promise<void> {
  if (rows.length > 0) await copyIn(client, `COPY ${table} FROM STDIN`, rows.join(''));
}

/** Rows in binary COPY format: the whole stream (BinaryRows.stream), or nothing. */
export async function copyBinary(
  client: Client,
  table: string,
  stream: Buffer | null,
): Promise<void> {
  if (stream !== null) await copyIn(client, `COPY ${table} FROM STDIN (FORMAT binary)`, stream);
}
