// `coach validate DIR` over 1,000 generated scripts against parsing the same
// files with yaml's parseDocument alone (bench/parse-baseline.mjs).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeScripts } from './gen-scripts.mjs';
import { interleaved, report, runsFor } from './lib.mjs';

export default async function validate(ctx) {
  const dir = mkdtempSync(join(tmpdir(), 'coach-bench-validate-'));
  try {
    const files = writeScripts(dir, 1000, 2026);
    const runs = runsFor(10);
    const env = { ...process.env, NO_COLOR: '1', LANG: 'C' };
    delete env.COACH_LANG;
    const times = interleaved({
      subject: {
        label: 'coach validate',
        cmd: ctx.node,
        args: [ctx.coach, 'validate', dir],
        cwd: ctx.root,
        env,
      },
      baseline: {
        label: 'yaml parseDocument',
        cmd: ctx.node,
        args: [join(ctx.root, 'bench', 'parse-baseline.mjs'), dir],
        cwd: ctx.root,
        env,
      },
      runs,
      warmup: 1,
    });
    return report({
      title: `validate: coach validate on ${files.length} scripts vs yaml parseDocument alone (${runs} interleaved runs each)`,
      subjectLabel: 'coach validate DIR',
      baselineLabel: 'yaml parseDocument',
      times,
      target: 1.3,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
