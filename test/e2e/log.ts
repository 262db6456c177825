/** Reads the session log a `coach run` left behind, strictly: every line must be whole JSON. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface LogLine {
  readonly type: string;
  readonly [field: string]: unknown;
}

function jsonlFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...jsonlFiles(path));
    else if (entry.name.endsWith('.jsonl')) found.push(path);
  }
  return found;
}

/** The one *.jsonl under `logDir` (searched recursively); throws if there is none or several. */
export function findLog(logDir: string): string {
  const files = jsonlFiles(logDir);
  if (files.length !== 1) {
    throw new Error(
      `expected exactly one session log under ${logDir}, found ${files.length}: ${files.join(', ')}`,
    );
  }
  return files[0] as string;
}

/** Every line of the log parsed; a line that is not complete JSON fails with its number. */
export function readLog(logDir: string): LogLine[] {
  const text = readFileSync(findLog(logDir), 'utf8');
  if (text.length > 0 && !text.endsWith('\n')) {
    throw new Error(`the session log ends in the middle of a line:\n${text}`);
  }
  return text
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line, index) => {
      try {
        return JSON.parse(line) as LogLine;
      } catch {
        throw new Error(`line ${index + 1} of the session log is not JSON: ${line}`);
      }
    });
}

/** `type` or `type:step` of each line, the shape tests compare sequences with. */
export function eventKeys(log: readonly LogLine[]): string[] {
  return log.map((line) =>
    typeof line.step === 'string' ? `${line.type}:${line.step}` : line.type,
  );
}
