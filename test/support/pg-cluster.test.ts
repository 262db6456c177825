import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freshDatabase } from './pg.js';
import { type Cluster, startCluster } from './pg-cluster.mjs';

async function query(url: string, sql: string): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

const one = async (url: string, sql: string): Promise<unknown> =>
  Object.values((await query(url, sql))[0] ?? {})[0];

const postmasterPid = (dir: string): number =>
  Number(readFileSync(join(dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);

/** A stopped server whose parent has not reaped it yet is a zombie: not running. */
function running(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

describe('the run-wide cluster', () => {
  it('serves a fresh database at the URL freshDatabase returns', async () => {
    const url = await freshDatabase();
    const name = /^postgresql:\/\/postgres@\/(\w+)\?/.exec(url)?.[1];
    expect(name).toMatch(/^t_/);
    expect(await one(url, 'select 1 as one')).toBe(1);
    expect(await one(url, 'select current_database()')).toBe(name);
  });

  it('listens on its Unix socket only, on no TCP address', async () => {
    expect(inject('pgAdminUrl')).toMatch(/\?host=\/[^&]+&port=\d+$/);
    expect(await one(inject('pgAdminUrl'), 'show listen_addresses')).toBe('');
  });

  it('gives each call a database of its own', async () => {
    const [a, b] = await Promise.all([freshDatabase(), freshDatabase()]);
    expect(a).not.toBe(b);
    await query(a, 'create table only_in_a (x int)');
    expect(await one(b, "select to_regclass('only_in_a')")).toBeNull();
    expect(await one(a, "select to_regclass('only_in_a')")).toBe('only_in_a');
  });
});

describe('a cluster of its own', () => {
  let cluster: Cluster;
  beforeAll(async () => {
    cluster = await startCluster({ name: 'restart' });
  });
  afterAll(async () => {
    await cluster?.destroy();
  });

  it('keeps committed data across stop, start and restart', async () => {
    const url = await cluster.createDatabase('kept');
    await query(url, 'create table t (x int); insert into t values (42)');
    const started = await one(url, 'select pg_postmaster_start_time()::text');
    await cluster.restart();
    expect(await one(url, 'select pg_postmaster_start_time()::text')).not.toBe(started);
    await cluster.stop();
    await expect(query(url, 'select 1')).rejects.toThrow();
    await cluster.start();
    expect(await one(url, 'select x from t')).toBe(42);
  });

  it('is gone, folder and server, after destroy', async () => {
    const other = await startCluster({ name: 'destroyed' });
    const pid = postmasterPid(other.dir);
    expect(running(pid)).toBe(true);
    await other.destroy();
    expect(existsSync(other.dir)).toBe(false);
    expect(running(pid)).toBe(false);
  });

  it('is gone when the process that started it exits without destroying it', () => {
    const script = `
      import { readFileSync } from 'node:fs';
      import { startCluster } from ${JSON.stringify(new URL('./pg-cluster.mjs', import.meta.url).href)};
      const c = await startCluster({ name: 'abandoned' });
      console.log(c.dir, readFileSync(c.dir + '/data/postmaster.pid', 'utf8').split('\\n')[0]);
      process.exit(0);`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
    });
    const [dir = '', pid = ''] = out.trim().split(' ');
    expect(dir).toContain('coach-pg-abandoned-');
    expect(existsSync(dir)).toBe(false);
    expect(running(Number(pid))).toBe(false);
  });
});
