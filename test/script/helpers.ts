import { expect } from 'vitest';
import type { CheckResult } from '../../src/script/check.js';
import { checkScript, type Diagnostic, type Severity } from '../../src/script/index.js';

/** Inline YAML written indented in a test: drops the first newline and the common indent. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = String.raw({ raw: strings }, ...values).replace(/^\n/, '');
  const indent = Math.min(
    ...text
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => line.length - line.trimStart().length),
  );
  return text
    .split('\n')
    .map((line) => line.slice(indent))
    .join('\n');
}

export function check(source: string, maxBytes?: number): CheckResult {
  return checkScript(source, maxBytes === undefined ? undefined : { maxBytes });
}

function describe(d: Diagnostic): string {
  return `${d.start.line}:${d.start.col} ${d.severity} ${d.code} ${d.path ?? ''} ${JSON.stringify(d.params)}`;
}

/** Asserts a diagnostic with this code at `line:col` (and severity), and returns it. */
export function expectDiagnostic(
  result: CheckResult,
  code: string,
  at: `${number}:${number}`,
  severity: Severity = 'error',
): Diagnostic {
  const [line, col] = at.split(':').map(Number);
  const found = result.diagnostics.find(
    (d) => d.code === code && d.start.line === line && d.start.col === col,
  );
  expect(
    found,
    `no ${code} at ${at}; got:\n${result.diagnostics.map(describe).join('\n')}`,
  ).toBeDefined();
  expect(found?.severity).toBe(severity);
  return found as Diagnostic;
}

/** The codes reported, in order. */
export function codes(result: CheckResult): string[] {
  return result.diagnostics.map((d) => d.code);
}

/** Asserts that the check reported nothing at all and produced the script. */
export function expectClean(result: CheckResult): void {
  expect(result.diagnostics.map(describe)).toEqual([]);
  expect(result.script).toBeDefined();
}

/**
 * A script whose steps start on line 5, with `after` (more top-level keys) after them;
 * with one step a line, step i (from 0) is on line 5 + i.
 */
export function withSteps(steps: string, after = ''): string {
  return `coach: 1\nid: test\ntitle: { en: Test }\nsteps:\n${steps}\n${after}`;
}

export const FIVE_STEPS = [
  '  - { id: hello, stage: greeting, say: { en: "Hello." } }',
  '  - { id: name, stage: rapport, ask: { en: "Your name?" } }',
  '  - { id: need, stage: needs, ask: { en: "How can I help?" } }',
  '  - { id: offer, stage: solutions, say: { en: "Here is what we can do." } }',
  '  - { id: thanks, stage: gratitude, say: { en: "Thank you." } }',
].join('\n');

/** FIVE_STEPS checked with `say` (a locale map, on line 5) as the greeting's text. */
export function greeting(say: string, after = ''): CheckResult {
  return check(withSteps(FIVE_STEPS.replace('{ en: "Hello." }', say), after));
}
