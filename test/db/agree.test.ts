/**
 * The team database and the files it was synced from give the same answers:
 * for generated log folders (loops, back, skips, interrupted, damaged and
 * copied sessions, agents spelt several ways) and any filter, `coach report
 * --db` is the report over the files, and `coach sessions --db` the listing,
 * as the same JSON text. The report is aggregated by PostgreSQL and the filter
 * translated to SQL: this pits them against the readers over files.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDbReport } from '../../src/db/read/report/build.js';
import { listDbSessions } from '../../src/db/read/sessions.js';
import { migrate } from '../../src/db/schema/migrate.js';
import { prepareStaging } from '../../src/db/sync/batch.js';
import { syncOnce } from '../../src/db/sync/sync.js';
import { sessionJson } from '../../src/listing/json.js';
import { newestFirst } from '../../src/listing/order.js';
import { listSessions, parseFilters, ReadTally } from '../../src/log/read/index.js';
import { buildReport } from '../../src/report/build.js';
import { formatJson } from '../../src/report/format/json.js';
import {
  fewFiltersArb,
  filterArb,
  type Generated,
  sessionArb,
  writeFolder,
} from '../support/generated-logs.js';
import { freshDatabase } from '../support/pg.js';

const NOW = Date.parse('2026-11-30T00:00:00Z');
let client: pg.Client;
let url: string;
/** The report's second connection. */
const another = async () => {
  const second = new pg.Client({ connectionString: url });
  await second.connect();
  return second;
};

beforeAll(async () => {
  url = await freshDatabase();
  client = new pg.Client({ connectionString: url });
  await client.connect();
  await migrate(client);
  await prepareStaging(client);
});

afterAll(async () => {
  await client.end();
});

const listing = (summaries: Parameters<typeof sessionJson>[0]) =>
  [...sessionJson([...summaries].sort(newestFirst))].join('');

describe('the team database', () => {
  it('reports and lists what the files it was synced from report and list, for any filter', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(sessionArb, { minLength: 1, maxLength: 12 }),
        fc.array(fc.oneof(filterArb, fewFiltersArb), { minLength: 1, maxLength: 4 }),
        async (sessions, raws) => {
          const root = writeFolder(sessions);
          await client.query(
            'TRUNCATE coach.chunks, coach.raw_lines, coach.sessions, coach.files, coach.snapshots',
          );
          await syncOnce(client, { paths: [root], logDir: root, host: 'ws' });
          for (const raw of [{}, ...raws]) {
            const filter = parseFilters(raw, NOW);
            const files = await buildReport({ paths: [root], logDir: root, filter, threads: 1 });
            const db = await buildDbReport(client, filter, another);
            expect(formatJson(db)).toBe(formatJson(files));
            const listed = listSessions([root], root, filter, new ReadTally());
            const fromDb = await listDbSessions(client, filter);
            expect(listing(fromDb.summaries)).toBe(listing(listed));
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('the statistics PostgreSQL computes', () => {
  it('are the exact medians and nearest-rank 90th percentiles of the files, whatever the count', async () => {
    const base = fc.sample(sessionArb, { numRuns: 1, seed: 7 })[0] as Generated;
    const done = { ...base, actions: [{ type: 'done' as const }], ending: 'end' as const };
    const plain = { ...done, damage: 'none' as const, copy: 'none' as const };
    for (const n of [1, 2, 9, 10, 11, 20, 69, 70, 71]) {
      const root = writeFolder(Array.from({ length: n }, () => plain));
      let i = 0;
      for (const file of listLogs(root)) {
        const lines = readFileSync(file, 'utf8').split('\n');
        const timed = lines.map((line) =>
          line.includes('"type":"done"')
            ? line.replace(/"ms":\d+/, `"ms":${1000 + 37 * i++}`)
            : line,
        );
        writeFileSync(file, timed.join('\n'));
      }
      await client.query(
        'TRUNCATE coach.chunks, coach.raw_lines, coach.sessions, coach.files, coach.snapshots',
      );
      await syncOnce(client, { paths: [root], logDir: root, host: 'ws' });
      const filter = parseFilters({}, NOW);
      const files = await buildReport({ paths: [root], logDir: root, filter, threads: 1 });
      const db = await buildDbReport(client, filter, another);
      expect(files.steps[0]?.done).toBe(n);
      expect(db.steps).toEqual(files.steps);
      expect(db.stages).toEqual(files.stages);
      expect(db.agents).toEqual(files.agents);
    }
  });
});

function listLogs(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.jsonl'))
    .map((name) => join(root, name))
    .sort();
}

describe('the stage of a step', () => {
  it('is the one the report gives it, even where its events name another', async () => {
    const base = fc.sample(sessionArb, { numRuns: 1, seed: 11 })[0] as Generated;
    const plain = {
      ...base,
      actions: [{ type: 'done' as const }, { type: 'done' as const }],
      ending: 'end' as const,
      damage: 'none' as const,
      copy: 'none' as const,
      hour: 1,
    };
    const root = writeFolder([plain, { ...plain, hour: 2 }, { ...plain, hour: 3 }]);
    // The step is entered as a greeting, and its done events say rapport: the first stage met wins.
    for (const file of listLogs(root)) {
      const lines = readFileSync(file, 'utf8').split('\n');
      const renamed = lines.map((line) =>
        line.includes('"type":"done"') && line.includes('"step":"greet"')
          ? line.replace('"stage":"greeting"', '"stage":"rapport"')
          : line,
      );
      writeFileSync(file, renamed.join('\n'));
    }
    await client.query(
      'TRUNCATE coach.chunks, coach.raw_lines, coach.sessions, coach.files, coach.snapshots',
    );
    await syncOnce(client, { paths: [root], logDir: root, host: 'ws' });
    const filter = parseFilters({}, NOW);
    const files = await buildReport({ paths: [root], logDir: root, filter, threads: 1 });
    expect(files.stages.find((s) => s.stage === 'greeting')?.done).toBe(3);
    expect(formatJson(await buildDbReport(client, filter, another))).toBe(formatJson(files));
  });
});
