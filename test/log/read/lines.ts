/** Log lines for reader tests, written out as the writer would write them. */
export const SHA = 'a'.repeat(64);

export function startLine(fields: Record<string, unknown> = {}): string {
  return JSON.stringify({
    v: 1,
    t: '2026-11-23T14:32:01.123Z',
    type: 'start',
    session: '01M84D4AV3C5JCZV4W59X8YEKF',
    script: { id: 'retail-returns', version: '2026.11', sha256: SHA },
    locale: 'pt',
    agent: 'ana',
    host: 'ws-17',
    coach: '0.1.0',
    vars: { company: 'Loja Azul' },
    logPii: false,
    ...fields,
  });
}

export const EVENTS = [
  { t: '2026-11-23T14:32:01.123Z', type: 'enter', step: 'greet', stage: 'greeting' },
  { t: '2026-11-23T14:32:05.333Z', type: 'done', step: 'greet', stage: 'greeting', ms: 4210 },
  { t: '2026-11-23T14:32:05.333Z', type: 'enter', step: 'name', stage: 'rapport' },
  {
    t: '2026-11-23T14:32:06.133Z',
    type: 'skip',
    step: 'name',
    stage: 'rapport',
    reason: 'customer in a hurry',
    ms: 800,
  },
  { t: '2026-11-23T14:32:06.133Z', type: 'enter', step: 'need', stage: 'needs' },
  { t: '2026-11-23T14:32:09.000Z', type: 'choice', step: 'need', option: 'return' },
  { t: '2026-11-23T14:32:09.000Z', type: 'done', step: 'need', stage: 'needs', ms: 2867 },
  { t: '2026-11-23T14:32:09.000Z', type: 'enter', step: 'thanks', stage: 'gratitude' },
  { t: '2026-11-23T14:32:41.900Z', type: 'note', step: 'thanks', text: 'receipt lost' },
];

export const END = {
  t: '2026-11-23T14:35:04.123Z',
  type: 'end',
  status: 'completed',
  outcome: 'resolved',
  skipped: ['name'],
  unreached: [],
  ms: 183000,
};

/** Lines joined with LF, each ending in LF. */
export const logText = (lines: readonly (string | object)[]) =>
  lines.map((line) => `${typeof line === 'string' ? line : JSON.stringify(line)}\n`).join('');
