/**
 * The session list as JSON: an array with one summary a line, so that a long list
 * can be written piece by piece and read line by line.
 */
import type { SessionSummary } from '../log/read/index.js';
import { safeJson } from '../text/safe-json.js';

/** The array in pieces, each a whole line ending in `\n`. */
export function* sessionJson(summaries: readonly SessionSummary[]): Generator<string> {
  if (summaries.length === 0) {
    yield '[]\n';
    return;
  }
  yield '[\n';
  for (const [i, summary] of summaries.entries()) {
    const comma = i < summaries.length - 1 ? ',' : '';
    yield `  ${safeJson(summary)}${comma}\n`;
  }
  yield ']\n';
}
