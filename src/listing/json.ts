/**
 * The session list as JSON: an array with one summary a line, so that a long list
 * can be written piece by piece and read line by line.
 */
import type { SessionSummary } from '../log/read/index.js';

// JSON escapes C0 controls itself; C1 controls and bidirectional overrides would
// still reach a terminal that prints the output, so they are escaped too.
const UNSAFE_IN_JSON = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const escapeUnsafe = (json: string) =>
  json.replace(UNSAFE_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The array in pieces, each a whole line ending in `\n`. */
export function* sessionJson(summaries: readonly SessionSummary[]): Generator<string> {
  if (summaries.length === 0) {
    yield '[]\n';
    return;
  }
  yield '[\n';
  for (const [i, summary] of summaries.entries()) {
    const comma = i < summaries.length - 1 ? ',' : '';
    yield `  ${escapeUnsafe(JSON.stringify(summary))}${comma}\n`;
  }
  yield ']\n';
}
