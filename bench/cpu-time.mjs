// Wall time and CPU time (user + system, every thread) of one run of a command.
// On a shared machine CPU time moves far less with the neighbours' load than wall
// time does. It is read with GNU time (Debian's `time` package) when present.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const GNU_TIME = '/usr/bin/time';

export const hasCpuTime = () => existsSync(GNU_TIME);

/** { wall, cpu } in ms; cpu is NaN without GNU time. Output is discarded. */
export function runTimed({ label, cmd, args = [], env }) {
  const wrapped = hasCpuTime();
  const started = process.hrtime.bigint();
  const result = wrapped
    ? spawnSync(GNU_TIME, ['-f', 'CPU %U %S', cmd, ...args], {
        env,
        stdio: ['ignore', 'ignore', 'pipe'],
        encoding: 'utf8',
      })
    : spawnSync(cmd, args, { env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0)
    throw new Error(`${label ?? cmd} failed: ${result.stderr}`.slice(0, 2000));
  const cpu = /CPU ([\d.]+) ([\d.]+)\s*$/.exec(result.stderr ?? '');
  return { wall, cpu: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : Number.NaN };
}
