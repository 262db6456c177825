/** COPY … FROM STDIN of rows already in COPY text format, through pg-copy-streams. */
import type { Client } from '../connect.js';

type CopyStreams = typeof import('pg-copy-streams');

/** pg-copy-streams is CommonJS: its functions may sit on the module's default export. */
export async function copyStreams(): Promise<CopyStreams> {
  const module = (await import('pg-copy-streams')) as CopyStreams & { default?: CopyStreams };
  return module.default ?? module;
}

export async function copyRows(
  client: Client,
  table: string,
  rows: readonly string[],
): Promise<void> {
  if (rows.length === 0) return;
  const { from } = await copyStreams();
  const stream = client.query(from(`COPY ${table} FROM STDIN`));
  await new Promise<void>((resolve, reject) => {
    stream.on('error', reject);
    stream.on('finish', resolve);
    stream.end(rows.join(''));
  });
}
