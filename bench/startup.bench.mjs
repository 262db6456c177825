// `coach --version` against starting Node itself: what the bundle and lazy
// loading of command code add to every invocation. Measured twice: in the
// environment the bench runs in (this machine sets NODE_EXTRA_CA_CERTS, which
// makes every Node start slower) and in a fresh environment without NODE_*
// variables, where Node itself starts fastest and the ratio is harshest.
import { interleaved, report, runsFor } from './lib.mjs';

function freshEnv() {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('NODE_')));
}

function measure(ctx, env, label) {
  const runs = runsFor(40);
  const times = interleaved({
    subject: {
      label: 'coach --version',
      cmd: ctx.node,
      args: [ctx.coach, '--version'],
      cwd: ctx.root,
      env,
    },
    baseline: { label: 'node -e 0', cmd: ctx.node, args: ['-e', '0'], cwd: ctx.root, env },
    runs,
    warmup: 3,
  });
  return report({
    title: `startup (${label}): coach --version vs node -e 0 (${runs} interleaved runs each)`,
    subjectLabel: 'coach --version',
    baselineLabel: 'node -e 0',
    times,
    target: 1.4,
  });
}

export default async function startup(ctx) {
  const verdicts = [measure(ctx, process.env, 'this environment')];
  if (Object.keys(process.env).some((k) => k.startsWith('NODE_'))) {
    verdicts.push(measure(ctx, freshEnv(), 'fresh environment, no NODE_* variables'));
  }
  return verdicts;
}
