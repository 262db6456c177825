/**
 * `coach i18n [coverage] <paths...>`: translation coverage of scripts, as a
 * matrix or `--json`. Exit 1 with `--check` when a promised locale has a missing
 * or stale translation; 2 when a path, script or lock file cannot be used.
 */

import { FailureError, UsageError } from '../errors.js';
import { coverageOf } from '../i18n-tools/coverage.js';
import { loadScripts } from '../i18n-tools/load.js';
import { coverageText } from '../i18n-tools/print-coverage.js';
import { problemsText } from '../i18n-tools/problems.js';
import { stdoutChalk } from '../io/colour.js';
import { createSink } from '../io/sink.js';
import { safeJson } from '../text/safe-json.js';
import type { Handler } from './command.js';

export interface I18nCoverageOptions {
  readonly json?: boolean;
  readonly check?: boolean;
}

const handler: Handler<[paths: string[]], I18nCoverageOptions> = async ({ args, opts }) => {
  const [given] = args;
  const { scripts, problems } = await loadScripts(given.length > 0 ? given : ['.']);
  const coverage = coverageOf(scripts);
  const sink = createSink(process.stdout);
  if (opts.json) await sink.write(`${safeJson(coverage, 2)}\n`);
  else if (scripts.length > 0) await sink.write(coverageText(coverage, stdoutChalk(opts.color)));
  process.stderr.write(problemsText(problems));
  if (problems.length > 0) throw UsageError.alreadyReported();
  if (opts.check && !coverage.complete) throw FailureError.alreadyReported();
};

export default handler;
