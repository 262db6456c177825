// A built coach of an earlier revision, to measure a change against what came
// before it in the same run: a detached git worktree under the temp folder,
// sharing this checkout's node_modules (the build needs only esbuild), built
// once and kept for later runs.
import { spawnSync } from 'node:child_process';
import { existsSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function run(cmd, args, cwd) {
  const result = spawnSync(cmd, args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
}

/** The `bin/coach.js` of `rev` built, or undefined when no revision is asked for. */
export function baselineCoach(root, rev, log = () => {}) {
  if (!rev) return undefined;
  const sha = run('git', ['rev-parse', '--verify', `${rev}^{commit}`], root);
  const dir = join(tmpdir(), `coach-baseline-${sha.slice(0, 12)}`);
  const bin = join(dir, 'bin', 'coach.js');
  if (existsSync(join(dir, 'dist', 'cli.js'))) return { bin, sha };
  log(`  building ${sha.slice(0, 12)} in ${dir} (once)\n`);
  if (!existsSync(dir)) run('git', ['worktree', 'add', '--detach', dir, sha], root);
  if (!existsSync(join(dir, 'node_modules')))
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  run(process.execPath, ['build.mjs'], dir);
  return { bin, sha };
}
