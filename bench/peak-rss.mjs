// Peak resident memory of one `coach report --format json` run, worker threads
// included: GNU time's figure when it is installed, else the process's own.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const MIB = 1024 * 1024;

/** Peak resident memory of one coach run, in bytes. */
export function peakRss(ctx, dir, env) {
  const args = [ctx.coach, 'report', '--format', 'json', dir];
  if (existsSync('/usr/bin/time')) {
    const r = spawnSync('/usr/bin/time', ['-v', ctx.node, ...args], {
      env,
      encoding: 'utf8',
      maxBuffer: 256 * MIB,
    });
    const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? '');
    if (r.status === 0 && kb) return Number(kb[1]) * 1024;
  }
  // Without GNU time: the CLI runs inside a wrapper that reports its own peak (workers included).
  const wrapper = `process.argv = [process.argv[0], ${JSON.stringify(ctx.coach)}, ...${JSON.stringify(args.slice(1))}];
    process.on('exit', () => process.stderr.write('maxRSS ' + process.resourceUsage().maxRSS + '\\n'));
    await import(${JSON.stringify(`file://${ctx.coach}`)});`;
  const r = spawnSync(ctx.node, ['--input-type=module', '-e', wrapper], {
    env,
    encoding: 'utf8',
    maxBuffer: 256 * MIB,
  });
  const kb = /maxRSS (\d+)/.exec(r.stderr ?? '');
  if (!kb) throw new Error(`could not measure memory: ${r.stderr}`);
  return Number(kb[1]) * 1024;
}
