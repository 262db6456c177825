// One coach run timed and measured at once: wall time and peak resident memory
// (GNU time's figure, as bench/peak-rss.mjs reads it, for any coach command),
// so that a run that takes minutes need not be made twice. Without GNU time, the
// CLI runs inside a wrapper that reports its own peak.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MIB = 1024 * 1024;
const GNU_TIME = '/usr/bin/time';

function wrapped(ctx, args) {
  const wrapper = `process.argv = [process.argv[0], ${JSON.stringify(ctx.coach)}, ...${JSON.stringify(args)}];
    process.on('exit', () => process.stderr.write('\\nmaxRSS ' + process.resourceUsage().maxRSS + '\\n'));
    await import(${JSON.stringify(`file://${ctx.coach}`)});`;
  return ['--input-type=module', '-e', wrapper];
}

/**
 * Runs `coach ...args` once; returns its wall time (ms), peak RSS (bytes), stdout
 * and stderr. Throws when it exits with another status than `status`.
 */
export function measureCoach(ctx, args, env, { status = 0 } = {}) {
  const gnu = existsSync(GNU_TIME);
  const scratch = mkdtempSync(join(tmpdir(), 'coach-bench-rss-'));
  const out = join(scratch, 'rss');
  const [cmd, argv] = gnu
    ? [GNU_TIME, ['-f', '%M', '-o', out, ctx.node, ctx.coach, ...args]]
    : [ctx.node, wrapped(ctx, args)];
  try {
    const started = process.hrtime.bigint();
    const r = spawnSync(cmd, argv, { env, encoding: 'utf8', maxBuffer: 256 * MIB });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (r.error) throw r.error;
    let stderr = r.stderr ?? '';
    let kb;
    if (gnu) {
      kb = /^(\d+)\s*$/m.exec(readFileSync(out, 'utf8'))?.[1];
    } else {
      kb = /\nmaxRSS (\d+)\n$/.exec(stderr)?.[1];
      stderr = stderr.replace(/\nmaxRSS \d+\n$/, '');
    }
    if (r.status !== status) {
      throw new Error(
        `coach ${args.join(' ')} exited with ${r.status} (expected ${status}):\n${stderr}${r.stdout}`.slice(
          0,
          2000,
        ),
      );
    }
    if (kb === undefined) throw new Error(`could not measure the memory of coach ${args[0]}`);
    return { ms, rss: Number(kb) * 1024, stdout: r.stdout, stderr };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
