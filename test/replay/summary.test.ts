/**
 * `--summary` without a terminal: the timeline as lines for stdout and the
 * warnings as notices for stderr, the warning never mixed into the timeline.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../src/i18n/index.js';
import { summaryLines } from '../../src/replay/summary.js';
import { renderTimeline } from '../../src/replay/timeline.js';
import type { Script } from '../../src/script/types.js';
import { cycle } from '../session/fixtures.js';
import { makeLog } from './helpers.js';
import { recordOf } from './record.js';
import { ABORTED_CALL, FULL_CALL } from './sessions.js';

beforeAll(() => initI18n('en'));

/** The cycle after a trainer moved `probe` to another stage: the logged call no longer fits. */
const EDITED: Script = {
  ...cycle,
  steps: cycle.steps.map((step) => (step.id === 'probe' ? { ...step, stage: 'rapport' } : step)),
};

const unreachedRows = (lines: readonly string[]) =>
  lines.filter((line) => line.startsWith('– ')).map((line) => line.split(/\s{2,}/)[1]);

describe('summaryLines', () => {
  it('gives the divergence as a notice and still the whole timeline from the log', () => {
    const record = recordOf(makeLog(cycle, FULL_CALL));
    const summary = summaryLines(record, EDITED, 'en');
    expect(summary.notices).toHaveLength(1);
    expect(summary.notices[0]).toMatch(
      /^the log no longer fits its script from event \d+ \(choice\)/,
    );
    expect(summary.lines.join('\n')).not.toMatch(/no longer fits/);
    expect(summary.lines).toContain('Status: completed');
    expect(summary.lines).toEqual(
      renderTimeline({ start: record.header, events: record.events, script: EDITED, locale: 'en' }),
    );
  });

  it('names no unreached steps where the re-drive stopped at a divergence', () => {
    const record = recordOf(makeLog(cycle, FULL_CALL.slice(0, 8)));
    const summary = summaryLines(record, EDITED, 'en');
    expect(summary.notices).toHaveLength(1);
    expect(unreachedRows(summary.lines)).toEqual([]);
    expect(summary.lines.join('\n')).toContain('Status: interrupted');
  });

  it('names the required steps a call cut short never reached, without a notice', () => {
    const log = makeLog(cycle, FULL_CALL.slice(0, 3));
    const summary = summaryLines(recordOf(log), cycle, 'en');
    expect(summary.notices).toEqual([]);
    expect(unreachedRows(summary.lines)).toEqual(['verify', 'thanks']);
    expect(summary.lines.join('\n')).toContain('Status: interrupted');
  });

  it('has nothing to add to a call that fits its script and ended', () => {
    const record = recordOf(makeLog(cycle, ABORTED_CALL));
    const summary = summaryLines(record, cycle, 'en');
    expect(summary.notices).toEqual([]);
    expect(summary.lines).toEqual(
      renderTimeline({ start: record.header, events: record.events, script: cycle, locale: 'en' }),
    );
  });

  it('re-drives nothing without a script: the timeline from the log alone', () => {
    const cut = recordOf(makeLog(cycle, FULL_CALL.slice(0, 3)));
    const alone = summaryLines(cut, undefined, 'en');
    expect(alone.notices).toEqual([]);
    expect(unreachedRows(alone.lines)).toEqual([]);
    expect(alone.lines).toEqual(
      renderTimeline({ start: cut.header, events: cut.events, locale: 'en' }),
    );
  });
});
