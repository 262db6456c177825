/**
 * What a script may hold (src/script/limits.ts): each limit is reported where it
 * is passed, and a script at every limit at once gives no log line the readers
 * would skip, however the call goes.
 */
import { describe, expect, it } from 'vitest';
import { MAX_LINE_BYTES } from '../../src/log/read/file-reader.js';
import { eventRecords, startRecord } from '../../src/log/records.js';
import { checkScript } from '../../src/script/index.js';
import {
  MAX_LOG_LINE_BYTES,
  MAX_NAME_LENGTH,
  MAX_STEPS,
  MAX_TEXT_LENGTH,
  MAX_VALUE_LENGTH,
  MAX_VERSION_LENGTH,
} from '../../src/script/limits.js';
import { STAGES } from '../../src/script/types.js';
import { applyAction, type SessionEvent, startSession } from '../../src/session/index.js';
import { check, codes, expectDiagnostic, FIVE_STEPS, withSteps } from './helpers.js';

// withSteps: step i (from 0) is on line 5 + i; what follows `steps` starts on line 10.
const name = (length: number, prefix = 'a') => prefix.padEnd(length, 'x');

describe('TOO_LONG', () => {
  it('reports an id, at it, with its length and the limit', () => {
    const long = name(MAX_NAME_LENGTH + 1, 'greet');
    const result = check(withSteps(FIVE_STEPS.replace('id: hello', `id: ${long}`)));
    const d = expectDiagnostic(result, 'TOO_LONG', '5:11');
    expect(d.params).toEqual({ what: 'id', count: MAX_NAME_LENGTH + 1, limit: MAX_NAME_LENGTH });
    expect(d.path).toBe('steps.0.id');
    expect(result.script).toBeUndefined();
  });

  it('takes every limit itself', () => {
    const steps = FIVE_STEPS.replace('id: hello', `id: ${name(MAX_NAME_LENGTH)}`).replace(
      '"Hello."',
      `"${'a'.repeat(MAX_TEXT_LENGTH)}"`,
    );
    const variables = `version: "${'1'.repeat(MAX_VERSION_LENGTH)}"\nvariables: { ${name(MAX_NAME_LENGTH)}: { default: "${'v'.repeat(MAX_VALUE_LENGTH)}" } }\n`;
    expect(check(withSteps(steps, variables)).diagnostics).toEqual([]);
  });

  it('reports the default of the issue, 560,000 characters, and the version, names and texts', () => {
    const steps = FIVE_STEPS.replace(
      '{ id: need, stage: needs, ask: { en: "How can I help?" } }',
      `{ id: need, stage: needs, ask: { en: "${'a'.repeat(MAX_TEXT_LENGTH + 1)}" }, options: [ { id: ${name(MAX_NAME_LENGTH + 1)}, label: { en: A } } ] }`,
    );
    const after = `version: "${'1'.repeat(MAX_VERSION_LENGTH + 1)}"\nvariables:\n  company: { default: "${'x'.repeat(560_000)}" }\n  ${name(MAX_NAME_LENGTH + 1)}: {}\n`;
    const result = check(withSteps(steps, after).replace('id: test', `id: ${name(65)}`));
    expect(result.diagnostics.map((d) => [d.path, d.params.what, d.params.count])).toEqual([
      ['id', 'id', 65],
      ['steps.2.ask.en', 'text', MAX_TEXT_LENGTH + 1],
      ['steps.2.options.0.id', 'id', MAX_NAME_LENGTH + 1],
      ['version', 'version', MAX_VERSION_LENGTH + 1],
      ['variables.company.default', 'value', 560_000],
      [`variables.${name(MAX_NAME_LENGTH + 1)}`, 'name', MAX_NAME_LENGTH + 1],
    ]);
    expectDiagnostic(result, 'TOO_LONG', '13:3');
  });

  it('counts characters as people do: an emoji is one', () => {
    const emoji = '🙂'.repeat(MAX_TEXT_LENGTH);
    expect(check(withSteps(FIVE_STEPS.replace('Hello.', emoji))).diagnostics).toEqual([]);
    const over = check(withSteps(FIVE_STEPS.replace('Hello.', `${emoji}!`)));
    expect(over.diagnostics[0]?.params).toMatchObject({ what: 'text', count: MAX_TEXT_LENGTH + 1 });
  });
});

describe('TOO_MANY_STEPS', () => {
  it('reports a script with more steps than a log can list, at steps', () => {
    const more = Array.from({ length: MAX_STEPS }, (_, i) => `  - { id: s${i}, stage: gratitude }`);
    const result = check(withSteps(`${FIVE_STEPS}\n${more.join('\n')}`));
    const d = expectDiagnostic(result, 'TOO_MANY_STEPS', '4:1');
    expect(d.params).toEqual({ count: MAX_STEPS + 5, limit: MAX_STEPS });
    expect(codes(result)).toEqual(['TOO_MANY_STEPS']);
  });
});

describe('the log lines of a script at every limit', () => {
  /** MAX_STEPS required steps with the longest ids, the longest version and variable. */
  function largestScript(): string {
    const variable = name(MAX_NAME_LENGTH, 'v');
    const steps = Array.from({ length: MAX_STEPS }, (_, i) => {
      const stage = STAGES[Math.floor((i * STAGES.length) / MAX_STEPS)];
      const options = `[ { id: ${name(MAX_NAME_LENGTH, 'o')}, label: { en: A } } ]`;
      return `  - { id: ${name(MAX_NAME_LENGTH, `s${i}-`)}, stage: ${stage}, required: true, capture: ${variable}, options: ${options} }`;
    });
    // Escaped as JSON spells them: a quote takes two bytes, a 4-byte letter four.
    const version = '"'.repeat(MAX_VERSION_LENGTH / 2) + '𝄞'.repeat(MAX_VERSION_LENGTH / 4);
    return [
      'coach: 1',
      `id: ${name(MAX_NAME_LENGTH, 'script-')}`,
      `version: '${version}'`,
      'title: { en: Largest }',
      `variables: { ${variable}: { pii: true, default: "${'\\\\'.repeat(MAX_VALUE_LENGTH)}" } }`,
      'steps:',
      ...steps,
    ].join('\n');
  }

  it('are all shorter than the longest line the readers read', () => {
    expect(MAX_LINE_BYTES).toBe(MAX_LOG_LINE_BYTES);
    const checked = checkScript(largestScript());
    expect(checked.diagnostics).toEqual([]);
    const script = checked.script;
    if (!script) throw new Error('no script');
    const variable = script.variables[0]?.name as string;
    // The agent's own input is the session side's to bound: at the value limit here.
    const typed = '\u0001'.repeat(MAX_VALUE_LENGTH);
    let { state, events } = startSession(script, 0, { [variable]: typed });
    const all: SessionEvent[] = [...events];
    const act = (action: Parameters<typeof applyAction>[2]) => {
      const moved = applyAction(script, state, action, 1);
      if (!moved.ok) throw new Error(moved.reason);
      state = moved.state;
      all.push(...moved.events);
    };
    act({ type: 'capture', values: { [variable]: typed } });
    act({ type: 'choose', option: script.steps[0]?.options?.[0]?.id as string });
    for (let i = 1; i < MAX_STEPS / 2; i++) act({ type: 'skip', reason: 'hurry' });
    act({ type: 'end', outcome: 'resolved' });
    const end = all.at(-1);
    expect(end?.type === 'end' && end.skipped.length + end.unreached.length).toBe(MAX_STEPS - 1);

    const redaction = { piiVars: new Set<string>(), logPii: true };
    const start = startRecord(
      's'.repeat(26),
      0,
      {
        script: { id: script.id, version: script.version, sha256: 'f'.repeat(64) },
        locale: 'en',
        agent: 'agent',
        host: 'host',
        coach: '0.1.0',
        vars: { [variable]: typed },
      },
      redaction,
    );
    const lines = [start, ...eventRecords(all, 2, redaction)].map((r) => JSON.stringify(r));
    const largest = Math.max(...lines.map((line) => Buffer.byteLength(`${line}\n`)));
    expect(largest).toBeGreaterThan(MAX_STEPS * MAX_NAME_LENGTH);
    expect(largest).toBeLessThan(MAX_LOG_LINE_BYTES / 8);
  });
});
