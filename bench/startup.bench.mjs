// `coach --version` against starting Node itself: what the bundle and lazy
// loading of command code add to every invocation.
import { interleaved, report, runsFor } from './lib.mjs';

export default async function startup(ctx) {
  const runs = runsFor(40);
  const times = interleaved({
    subject: {
      label: 'coach --version',
      cmd: ctx.node,
      args: [ctx.coach, '--version'],
      cwd: ctx.root,
    },
    baseline: { label: 'node -e 0', cmd: ctx.node, args: ['-e', '0'], cwd: ctx.root },
    runs,
    warmup: 3,
  });
  return report({
    title: `startup: coach --version vs node -e 0 (${runs} interleaved runs each)`,
    subjectLabel: 'coach --version',
    baselineLabel: 'node -e 0',
    times,
    target: 1.4,
  });
}
