import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSessionLog, type SessionStart } from '../../src/log/writer.js';
import type { SessionEvent } from '../../src/session/types.js';
import { makeTempDir } from './temp.js';

const doc = readFileSync(new URL('../../docs/log-format.md', import.meta.url), 'utf8');

// `satisfies` breaks the build when the machine gains an event type the format does not list.
const EVENT_TYPES = {
  enter: true,
  done: true,
  skip: true,
  choice: true,
  capture: true,
  note: true,
  toggle: true,
  back: true,
  end: true,
} as const satisfies Record<SessionEvent['type'], true>;

const rawLines = [...new Set(doc.split('\n').filter((line) => line.startsWith('{"')))];
const exampleLines = rawLines.map(
  (line) => JSON.parse(line) as { type: string; t: string; v?: number },
);

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.remove());

/** The lines the writer produces for a documented start line and one documented event. */
let runs = 0;
function written(startLine: string, eventLine?: string): string[] {
  runs += 1;
  const { v, t, type, session, logPii, ...start } = JSON.parse(startLine);
  const log = openSessionLog({
    logDir: join(temp.dir, String(runs)),
    now: Date.parse(t),
    sessionId: session,
    start: start as SessionStart,
    redaction: { piiVars: new Set(), logPii },
  });
  if (eventLine !== undefined) {
    const { t: at, ...event } = JSON.parse(eventLine);
    log.append(event as SessionEvent, Date.parse(at));
  }
  log.close();
  return readFileSync(log.path, 'utf8').split('\n').slice(0, -1);
}

describe('docs/log-format.md', () => {
  it('documents every event type under its own heading, with an example line', () => {
    for (const type of Object.keys(EVENT_TYPES)) {
      expect(doc).toContain(`### \`${type}\``);
      expect(exampleLines.some((line) => line.type === type)).toBe(true);
    }
  });

  it('shows only valid lines of known types, each with its time', () => {
    const known = new Set(['start', ...Object.keys(EVENT_TYPES)]);
    expect(exampleLines.length).toBeGreaterThan(10);
    for (const line of exampleLines) {
      expect(known.has(line.type)).toBe(true);
      expect(new Date(line.t).toISOString()).toBe(line.t);
      if (line.type === 'start') expect(line.v).toBe(1);
    }
  });

  it('shows lines exactly as the writer writes them', () => {
    const starts = rawLines.filter((line) => line.includes('"type":"start"'));
    expect(starts.length).toBeGreaterThan(0);
    for (const start of starts) expect(written(start)).toEqual([start]);
    const start = starts[0] as string;
    for (const line of rawLines.filter((raw) => !raw.includes('"type":"start"'))) {
      expect(written(start, line)).toEqual([start, line]);
    }
  });
});
