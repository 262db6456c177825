/**
 * The end-of-call summary marks a failure only when there is one: no red "✗ 0
 * required steps not reached" after a call that reached every required step.
 */
import chalk from 'chalk';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../src/i18n/index.js';
import { stripAnsi } from '../../src/text/width.js';
import { type EndEvent, renderSummary } from '../../src/view/summary.js';
import { polishScript, stateOn } from './fixtures.js';

beforeAll(() => initI18n('en'));

const end = (unreached: string[]): EndEvent => ({
  type: 'end',
  status: unreached.length > 0 ? 'aborted' : 'completed',
  outcome: 'resolved',
  skipped: [],
  unreached,
  ms: 60_000,
});

const screen = (unreached: string[], locale: 'en' | 'pl' = 'en') =>
  renderSummary({
    script: polishScript,
    state: stateOn('thanks', {
      status: 'ended',
      current: undefined,
      results: { greet: 'done' },
      endedAt: 1_060_000,
    }),
    end: end(unreached),
    columns: 80,
    locale,
  }).join('\n');

describe('the unreached count of the summary', () => {
  it('is left out when every required step was reached', () => {
    expect(stripAnsi(screen([]))).not.toContain('✗');
    expect(stripAnsi(screen([]))).not.toMatch(/not reached/);
    expect(stripAnsi(screen([], 'pl'))).not.toContain('nie dotarto');
  });

  it('is shown, in red, when some were not', () => {
    const previous = chalk.level;
    chalk.level = 1;
    try {
      const text = screen(['thanks']);
      expect(stripAnsi(text)).toContain('✗ 1 required step not reached');
      expect(text).toContain(chalk.red('✗ 1 required step not reached'));
      expect(screen([])).not.toContain('\u001b[31m');
    } finally {
      chalk.level = previous;
    }
  });
});
