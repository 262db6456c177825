/**
 * A log folder that cannot hold logs is bad input (exit 2), named as given, before
 * the call starts; whatever stands where the script's snapshot goes is never
 * opened (docs/log-format.md §7, §10).
 */
import { spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scriptSha256 } from '../../src/log/snapshot.js';
import { coach, linesOf, onlyLog, ROOT, removeTemps, sessionLogs, tempDir } from './cli.js';

afterEach(removeTemps);

const ROOT_USER = process.getuid?.() === 0;
const ANSWERS = '- done\n- end: resolved\n';
const SCRIPT = readFileSync(join(ROOT, 'scripts', 'service-cycle.yaml'));

function call(logDir: (home: string) => string) {
  const home = tempDir();
  const answers = join(home, 'answers.yaml');
  writeFileSync(answers, ANSWERS);
  const dir = logDir(home);
  const args = ['run', 'service-cycle', '--answers', answers, '--log-dir', dir];
  return coach(args, { home }).then((ran) => ({ ...ran, logDir: dir, home }));
}

/** A log folder whose snapshot of the shipped script is `make`'s. */
function withSnapshot(make: (path: string, home: string) => void) {
  return call((home) => {
    const scripts = join(home, 'logs', 'scripts');
    mkdirSync(scripts, { recursive: true });
    make(join(scripts, `${scriptSha256(SCRIPT)}.yaml`), home);
    return join(home, 'logs');
  });
}

describe('a log folder that cannot hold logs', () => {
  it('names a file given as the folder, and says it is not one (exit 2)', async () => {
    const ran = await call((home) => {
      writeFileSync(join(home, 'a-file'), '');
      return join(home, 'a-file');
    });
    expect(ran.code).toBe(2);
    expect(linesOf(ran.stderr)).toEqual([
      `coach: error: cannot save the session log: ${join(ran.home, 'a-file')} is a file, not a folder`,
      'hint: choose another folder with --log-dir or the COACH_LOG_DIR variable',
    ]);
  });

  it.skipIf(ROOT_USER)('says a folder it may not write to is one (exit 2)', async () => {
    const ran = await call((home) => {
      mkdirSync(join(home, 'logs'), { mode: 0o555 });
      return join(home, 'logs');
    });
    expect(ran.code).toBe(2);
    expect(linesOf(ran.stderr)[0]).toBe(
      `coach: error: cannot save the session log: no permission to write in the folder ${ran.logDir}`,
    );
  });

  it('says a folder on a read-only disk is one, not that it is missing (exit 2)', async (context) => {
    const ran = await call((home) => {
      const mount = join(home, 'ro');
      mkdirSync(join(mount, 'logs'), { recursive: true });
      const bind = spawnSync('/usr/bin/mount', ['--bind', '-o', 'ro', mount, mount]);
      if (bind.status !== 0) context.skip();
      return join(mount, 'logs');
    });
    try {
      expect(ran.code).toBe(2);
      expect(linesOf(ran.stderr)[0]).toBe(
        `coach: error: cannot save the session log: the folder ${ran.logDir} is on a read-only disk`,
      );
    } finally {
      spawnSync('/usr/bin/umount', [join(ran.home, 'ro')]);
    }
  });
});

describe('what stands where the snapshot goes', () => {
  it('replaces a FIFO without opening it', async () => {
    const ran = await withSnapshot((path) => {
      expect(spawnSync('mkfifo', [path]).status).toBe(0);
    });
    expect(ran.code).toBe(0);
    const snapshot = join(ran.logDir, 'scripts', `${scriptSha256(SCRIPT)}.yaml`);
    expect(lstatSync(snapshot).isFile()).toBe(true);
    expect(readFileSync(snapshot)).toEqual(SCRIPT);
    expect(onlyLog(ran.logDir).at(-1)).toMatchObject({ type: 'end' });
  });

  it('replaces a link, leaving what it led to as it was', async () => {
    const ran = await withSnapshot((path, home) => {
      writeFileSync(join(home, 'elsewhere'), 'not the script');
      symlinkSync(join(home, 'elsewhere'), path);
    });
    expect(ran.code).toBe(0);
    const snapshot = join(ran.logDir, 'scripts', `${scriptSha256(SCRIPT)}.yaml`);
    expect(lstatSync(snapshot).isFile()).toBe(true);
    expect(readFileSync(snapshot)).toEqual(SCRIPT);
    expect(readFileSync(join(ran.home, 'elsewhere'), 'utf8')).toBe('not the script');
  });

  it('warns before the call when a folder stands there, and the call goes on', async () => {
    const ran = await withSnapshot((path) => mkdirSync(path));
    expect(ran.code).toBe(0);
    expect(linesOf(ran.stderr)).toEqual([
      expect.stringMatching(
        /^warning: .*\.yaml is not a regular file, so the script of this call is not kept/,
      ),
    ]);
    expect(sessionLogs(ran.logDir)).toHaveLength(1);
  });
});
