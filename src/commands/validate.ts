/**
 * `coach validate <paths...>`: checks script files and folders of scripts, prints
 * each problem as `file:line:col` with the offending source line, then a summary.
 * Exit 0 when there is no error (warnings allowed unless --strict), 1 otherwise,
 * 2 when a path could not be used — reported after everything else was checked.
 * Everything is printed here, so the failures thrown are already reported.
 */

import { jsonPrinter, type Printer, textPrinter } from '../diagnostics/printer.js';
import { problemLines } from '../diagnostics/problem.js';
import { FailureError, UsageError } from '../errors.js';
import { stdoutChalk } from '../io/colour.js';
import { createSink } from '../io/sink.js';
import { checkFile } from '../script-files/check-file.js';
import { findScripts } from '../script-files/find.js';
import { readScriptFile } from '../script-files/read.js';
import { readAhead } from '../script-files/read-ahead.js';
import type { Handler } from './command.js';

export interface ValidateOptions {
  readonly json?: boolean;
  readonly strict?: boolean;
}

const handler: Handler<[paths: string[]], ValidateOptions> = async ({ args, opts }) => {
  const [paths] = args;
  const sink = createSink(process.stdout);
  const printer: Printer = opts.json
    ? jsonPrinter(sink)
    : textPrinter(sink, stdoutChalk(opts.color));

  const found = await findScripts(paths);
  const problems = [...found.problems];
  const counts = { files: 0, errors: 0, warnings: 0 };
  const reads = readAhead(found.files, (file) => readScriptFile(file));
  for await (const { item: file, value: read } of reads) {
    if (read.kind === 'problem') {
      problems.push(read.problem);
      continue;
    }
    const result = checkFile(read);
    counts.files++;
    for (const d of result.diagnostics) {
      if (d.severity === 'error') counts.errors++;
      else counts.warnings++;
    }
    await printer.file(file, result);
  }
  await printer.end(counts);

  // Last, so they are what the user sees when the output stops.
  process.stderr.write(problems.map(problemLines).join(''));
  if (problems.length > 0) throw UsageError.alreadyReported();
  if (counts.errors > 0 || (opts.strict && counts.warnings > 0)) {
    throw FailureError.alreadyReported();
  }
};

export default handler;
