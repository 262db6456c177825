/** A session the writer's tests open: a start in the last second of a UTC day, and its lines. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { OpenSessionLogOptions } from '../../src/log/writer.js';
import type { SessionEvent } from '../../src/session/types.js';

export const T0 = Date.UTC(2026, 10, 23, 23, 59, 58, 500);
export const iso = (ms: number) => new Date(ms).toISOString();

export function sessionOptions(
  dir: string,
  over: Partial<OpenSessionLogOptions> = {},
): OpenSessionLogOptions {
  return {
    logDir: join(dir, 'logs'),
    now: T0,
    start: {
      script: { id: 'retail-returns', version: '2026.11', sha256: 'ab'.repeat(32) },
      locale: 'pt',
      agent: 'ana',
      host: 'ws-17',
      coach: '0.1.0',
    },
    redaction: { piiVars: new Set(['customer']), logPii: false },
    ...over,
  };
}

export type LogLine = { readonly type: string; readonly [field: string]: unknown };

/** The file's lines, parsed; every line ends in `\n`. */
export function lines(path: string): LogLine[] {
  const text = readFileSync(path, 'utf8');
  expect(text.endsWith('\n')).toBe(true);
  return text
    .slice(0, -1)
    .split('\n')
    .map((line) => JSON.parse(line));
}

export const enter = (step: string): SessionEvent => ({ type: 'enter', step, stage: 'greeting' });

export const END: Extract<SessionEvent, { type: 'end' }> = {
  type: 'end',
  status: 'completed',
  outcome: 'resolved',
  skipped: ['name'],
  unreached: [],
  ms: 183_000,
};
