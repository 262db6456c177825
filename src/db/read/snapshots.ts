/**
 * Script snapshots read back from the team database, trusted by the one rule of
 * log/read/snapshots.ts: their bytes must still hash to their name.
 */
import { trustedSnapshot } from '../../log/read/snapshots.js';
import type { Script } from '../../script/types.js';
import type { Client } from '../connect.js';

export async function loadDbSnapshots(
  client: Client,
  shas: readonly string[],
): Promise<Map<string, Script>> {
  const scripts = new Map<string, Script>();
  if (shas.length === 0) return scripts;
  const result = await client.query<{ sha256: string; body: Buffer }>(
    'SELECT sha256, body FROM coach.snapshots WHERE sha256 = ANY ($1)',
    [shas],
  );
  for (const row of result.rows) {
    const script = trustedSnapshot(row.sha256, row.body);
    if (script) scripts.set(row.sha256, script);
  }
  return scripts;
}
