/** The text of what the i18n commands could not use: returned for the command to print, never printed. */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../src/i18n/index.js';
import type { LoadProblem } from '../../src/i18n-tools/load.js';
import { problemsText, problemText } from '../../src/i18n-tools/problems.js';

beforeAll(() => initI18n('en'));
afterEach(() => vi.restoreAllMocks());

const PROBLEMS: readonly LoadProblem[] = [
  { kind: 'path', problem: { kind: 'missing', path: 'nowhere' } },
  { kind: 'lock', file: 'shop.i18n.lock', at: { line: 3, col: 7 } },
];

describe('problemsText', () => {
  it('returns every problem in order, as the commands print them, and writes nothing itself', () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const text = problemsText(PROBLEMS);
    expect(stderr).not.toHaveBeenCalled();
    expect(stdout).not.toHaveBeenCalled();
    expect(text).toBe(PROBLEMS.map(problemText).join(''));
    expect(text).toMatch(/nowhere/);
    expect(text).toMatch(/^shop\.i18n\.lock:3:7: error /m);
    expect(text.endsWith('\n')).toBe(true);
  });

  it('is empty when there is no problem', () => {
    expect(problemsText([])).toBe('');
  });
});
