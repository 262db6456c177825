/**
 * Skip reasons in `coach replay --summary`: the log keeps a preset reason's id
 * (SKIP_REASONS), and the timeline shows its label in the reader's language; an
 * empty reason reads as "no reason given", and typed text is shown as typed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n, type Locale } from '../../src/i18n/index.js';
import { renderTimeline } from '../../src/replay/timeline.js';
import { cycle } from '../session/fixtures.js';
import { makeLog } from './helpers.js';

beforeAll(() => initI18n('en'));

/** The timeline of a call whose second step was skipped for `reason`. */
function skippedFor(reason: string, locale: Locale): string {
  const log = makeLog(cycle, [
    [{ type: 'done' }, 4000],
    [{ type: 'skip', reason }, 1000],
    [{ type: 'end', outcome: 'resolved' }, 1000],
  ]);
  return renderTimeline({ start: log.header, events: log.events, script: cycle, locale }).join(
    '\n',
  );
}

describe('skip reasons in the timeline', () => {
  it("shows a preset reason's label in the reader's language, never its id", () => {
    expect(skippedFor('hurry', 'en')).toContain('reason: Customer in a hurry');
    const polish = skippedFor('hurry', 'pl');
    expect(polish).toContain('powód: Klient się spieszy');
    expect(polish).not.toMatch(/\bhurry\b/);
    expect(skippedFor('not-relevant', 'cs')).toContain('Netýká se tohoto hovoru');
  });

  it('says that no reason was given for an empty one', () => {
    expect(skippedFor('', 'en')).toContain('reason: no reason given');
    expect(skippedFor('', 'pl')).toContain('powód: nie podano powodu');
  });

  it('shows a typed reason as typed, on one clean line', () => {
    const text = skippedFor('line dropped\u001b[2J twice', 'pl');
    expect(text).toContain('powód: line dropped');
    expect(text).toContain('twice');
    expect(text).not.toContain('\u001b');
  });
});
