/** The stderr lines that tell how much of the data could not be used, in each language. */
import { afterEach, describe, expect, it } from 'vitest';
import { initI18n } from '../../../src/i18n/index.js';
import { ReadTally, tallyLines } from '../../../src/log/read/index.js';
import { END, EVENTS, logText, startLine } from './lines.js';
import { scratchOf } from './read-text.js';

afterEach(() => initI18n('en'));

function tallyOf(texts: Record<string, string>): ReadTally {
  const tally = new ReadTally();
  for (const [file, text] of Object.entries(texts)) tally.add(file, scratchOf(text).result);
  return tally;
}

const damaged = (corrupt: number) =>
  logText([startLine(), ...Array.from({ length: corrupt }, () => '{"oops'), ...EVENTS, END]);

describe('tallyLines', () => {
  it('prints nothing when every line was read', () => {
    expect(tallyLines(tallyOf({ 'a.jsonl': logText([startLine(), END]) }))).toBe('');
  });

  it('adds counts over files and names each file that is no log, cleaned', () => {
    const tally = tallyOf({
      'a.jsonl': damaged(2),
      'b.jsonl': `${logText([startLine(), '{"oops', ...EVENTS])}{"t`,
      'evil\u001b[2J.jsonl': 'not a log\n',
    });
    expect(tally.sessions).toBe(2);
    expect(tallyLines(tally)).toBe(
      'coach: 4 log lines could not be read and were left out (1 cut off at the end, 3 damaged)\n' +
        "coach: warning: 'evil[2J.jsonl' is not a session log; it was left out\n",
    );
  });

  it('counts the copies of sessions left out', () => {
    const tally = tallyOf({ 'a.jsonl': logText([startLine(), END]) });
    tally.duplicates = 3;
    expect(tallyLines(tally)).toBe(
      'coach: 3 more copies of sessions were left out; each session is read once\n',
    );
    initI18n('cs');
    expect(tallyLines(tally)).toContain('3 další kopie relací byly vynechány');
  });

  it('uses the plural forms and digits of the language', () => {
    initI18n('pl');
    expect(tallyLines(tallyOf({ 'a.jsonl': damaged(3) }))).toContain('pominięto 3 wiersze');
    expect(tallyLines(tallyOf({ 'a.jsonl': damaged(5) }))).toContain('5 uszkodzonych');
    initI18n('bn');
    expect(tallyLines(tallyOf({ 'a.jsonl': damaged(12) }))).toContain('১২টি নষ্ট');
  });
});
