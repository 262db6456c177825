// A throwaway PostgreSQL server for tests and benchmarks: its own folder, reached
// only through a Unix socket in that folder (never a TCP port), so runs side by
// side never meet. fsync stays on: the exactly-once tests rely on real durability.
import { execFile, spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
} from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const SERVER_BINARIES = ['initdb', 'pg_ctl', 'postgres'];
const INITDB = ['--auth=trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C'];
// Unix socket paths are limited to 108 bytes, the `/.s.PGSQL.NNNNN` name included.
const MAX_SOCKET_DIR = 107 - '/.s.PGSQL.65535'.length;

/** @param {string} dir */
const hasServer = (dir) => SERVER_BINARIES.every((b) => existsSync(join(dir, b)));

/** pg_config's folder first (it may belong to a client-only install), then Debian's newest, then PATH. */
function findBinDir() {
  const pgConfig = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  const candidates = pgConfig.status === 0 ? [pgConfig.stdout.trim()] : [];
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian).filter((v) => /^\d+(\.\d+)?$/.test(v));
    versions.sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => join(debian, v, 'bin')));
  }
  candidates.push(...(process.env.PATH ?? '').split(delimiter).filter(Boolean));
  const found = candidates.find(hasServer);
  if (found) return found;
  throw new Error(
    'PostgreSQL server binaries (initdb, pg_ctl, postgres) not found via pg_config, ' +
      '/usr/lib/postgresql/*/bin or PATH: install them, e.g. `apt-get install postgresql` (Debian/Ubuntu).',
  );
}

/** PostgreSQL refuses to run as root: root runs it as `nobody`; anyone else as themselves. */
function serverUser() {
  if (process.getuid?.() !== 0) return null;
  const entry = spawnSync('getent', ['passwd', 'nobody'], { encoding: 'utf8' });
  const [, , uid, gid] = entry.stdout.split(':');
  if (entry.status !== 0 || !uid || !gid)
    throw new Error('running as root, but user `nobody` is missing');
  const setpriv = spawnSync('setpriv', ['--version']).status === 0;
  const prefix = setpriv
    ? ['setpriv', `--reuid=${uid}`, `--regid=${gid}`, '--clear-groups']
    : ['runuser', '-u', 'nobody', '--'];
  return { uid: Number(uid), gid: Number(gid), prefix };
}

/** `nobody` must be able to walk into the cluster folder; a 0700 temp root (the test run's) is opened for search only. */
function openPathTo(/** @type {string} */ dir) {
  for (let d = dir; d !== dirname(d); d = dirname(d)) {
    const mode = statSync(d).mode;
    if (mode & 0o001) continue;
    if (d !== tmpdir()) throw new Error(`user nobody cannot enter ${d}: choose another TMPDIR`);
    chmodSync(d, mode | 0o001);
  }
}

/** @param {string} s */
const shellQuote = (s) => `'${s.replaceAll("'", `'\\''`)}'`;

/** @type {typeof import('./pg-cluster.d.mts').startCluster} */
export async function startCluster({ name = 'cluster' } = {}) {
  const binDir = findBinDir();
  const user = serverUser();
  const prefix = `coach-pg-${name.replace(/[^A-Za-z0-9_-]/g, '_')}-`;
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const dataDir = join(dir, 'data');
  const socketDir = join(dir, 'sock');
  if (socketDir.length > MAX_SOCKET_DIR) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(
      `socket folder ${socketDir} is too long for a Unix socket: choose a shorter TMPDIR`,
    );
  }
  mkdirSync(socketDir, { mode: 0o700 });
  if (user) {
    openPathTo(dirname(dir));
    chownSync(dir, user.uid, user.gid);
    chownSync(socketDir, user.uid, user.gid);
  }
  const port = 10_000 + Math.floor(Math.random() * 50_000);
  // Only the settings given here apply: a PG* variable of the caller must not redirect the tools.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('PG')));
  /** @param {string} bin @param {string[]} args */
  const command = (bin, args) => {
    const argv = [...(user?.prefix ?? []), join(binDir, bin), ...args];
    return { file: /** @type {string} */ (argv[0]), args: argv.slice(1), opts: { cwd: dir, env } };
  };
  /** @param {string} bin @param {string[]} args */
  const tool = async (bin, args) => {
    const { file, args: argv, opts } = command(bin, args);
    try {
      await run(file, argv, opts);
    } catch (err) {
      const e = /** @type {{ stderr?: string, message: string }} */ (err);
      const log = await readFile(join(dir, 'log'), 'utf8').catch(() => '');
      throw new Error(
        `${bin} ${args.join(' ')} failed: ${e.stderr || e.message}\n${log.slice(-2000)}`,
      );
    }
  };
  // pg_ctl hands these to postgres through the shell.
  const options = `-c listen_addresses='' -k ${shellQuote(socketDir)} -p ${port} -c max_connections=100`;
  /** @param {string[]} args */
  const ctl = (...args) => tool('pg_ctl', ['-D', dataDir, ...args]);
  const start = () => ctl('-l', join(dir, 'log'), '-w', '-t', '60', '-o', options, 'start');
  const stop = (mode = 'fast') => ctl('-m', mode, '-w', 'stop');

  // A run that dies before destroy() must not leave a server behind.
  const onExit = () => {
    if (existsSync(join(dataDir, 'postmaster.pid'))) {
      const { file, args, opts } = command('pg_ctl', ['-D', dataDir, '-m', 'immediate', 'stop']);
      spawnSync(file, args, { ...opts, stdio: 'ignore' });
    }
    rmSync(dir, { recursive: true, force: true });
  };
  process.on('exit', onExit);

  /** @param {string} dbname */
  const url = (dbname = 'postgres') => {
    const host = encodeURIComponent(socketDir).replaceAll('%2F', '/');
    return `postgresql://postgres@/${encodeURIComponent(dbname)}?host=${host}&port=${port}`;
  };
  try {
    await tool('initdb', [...INITDB, '-D', dataDir]);
    await start();
  } catch (err) {
    process.off('exit', onExit);
    onExit();
    throw err;
  }

  return {
    dir,
    socketDir,
    port,
    user: 'postgres',
    url,
    async createDatabase(dbname) {
      const { default: pg } = await import('pg');
      const client = new pg.Client({ connectionString: url() });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${client.escapeIdentifier(dbname)}`);
      } finally {
        await client.end();
      }
      return url(dbname);
    },
    stop,
    start,
    async restart() {
      await stop('fast');
      await start();
    },
    async destroy() {
      process.off('exit', onExit);
      try {
        if (existsSync(join(dataDir, 'postmaster.pid'))) await stop('immediate');
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
