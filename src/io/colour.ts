/**
 * The chalk instance for stdout. chalk already honours FORCE_COLOR, --no-color
 * and whether stdout is a terminal; it does not read NO_COLOR (no-color.org),
 * so that is added here: set and not empty, it turns colour off unless
 * FORCE_COLOR asks for it.
 */
import chalk, { Chalk, type ChalkInstance } from 'chalk';

export function colourLevel(
  wanted: boolean,
  env: NodeJS.ProcessEnv = process.env,
  detected: number = chalk.level,
): 0 | 1 | 2 | 3 {
  if (!wanted) return 0;
  if (env.NO_COLOR && env.FORCE_COLOR === undefined) return 0;
  return detected as 0 | 1 | 2 | 3;
}

/** `wanted` is false under `--no-color` (commander's `color: false`). */
export function stdoutChalk(wanted: boolean): ChalkInstance {
  return new Chalk({ level: colourLevel(wanted) });
}
