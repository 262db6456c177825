/**
 * The line that says the call's record is not saved, drawn from a recorder's
 * `storage` in each of its states (a stub of the recorder's property).
 */
import chalk from 'chalk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Recorder } from '../../src/call/recorder.js';
import type { Storage } from '../../src/call/storage.js';
import { initI18n, translatorFor } from '../../src/i18n/index.js';
import type { Locale } from '../../src/i18n/locale.js';
import { stripAnsi } from '../../src/text/width.js';
import { EMPTY_FIELD } from '../../src/view/field.js';
import { MAIN } from '../../src/view/keymap.js';
import { renderLive } from '../../src/view/live.js';
import { polishScript, stateOn, viewOf } from './fixtures.js';

/** The one thing the screen reads of the recorder here. */
type RecorderStub = Pick<Recorder, 'storage'>;

const stub = (storage: Storage): RecorderStub => ({ storage });

function screen(recorder: RecorderStub, locale: Locale = 'en', ascii = false): readonly string[] {
  return renderLive({
    ...viewOf(polishScript, stateOn('greet'), locale),
    window: { columns: 80, rows: 24 },
    mode: MAIN,
    field: EMPTY_FIELD,
    scroll: 0,
    storage: recorder.storage,
    ascii,
  }).lines;
}

const previousLevel = chalk.level;
beforeAll(() => {
  initI18n('en');
  chalk.level = 1;
});
afterAll(() => {
  chalk.level = previousLevel;
});

const t = translatorFor('en');
const RECOVERY = '/home/ana/.local/share/coach/recovery/call.jsonl';

describe('the record’s state on the live screen', () => {
  it('says nothing while every action is saved', () => {
    const text = screen(stub({ kind: 'saved' }))
      .map(stripAnsi)
      .join('\n');
    expect(text).not.toContain('Not saved');
    expect(text).not.toContain('⚠');
  });

  it('says why, how many actions wait and that they are kept, with a symbol and colour', () => {
    const lines = screen(stub({ kind: 'unsaved', problem: 'full', pending: 3 }));
    const line = lines.find((l) => stripAnsi(l).includes('Not saved')) as string;
    expect(stripAnsi(line)).toMatch(/^⚠ Not saved: the disk is full\./);
    expect(line).toContain('\x1b[31m');
    const text = lines.map(stripAnsi).join(' ');
    expect(text).toContain(t('screen.storage.pending', { count: 3 }));
  });

  it('says nothing is lost yet when no action waits', () => {
    const text = screen(stub({ kind: 'unsaved', problem: 'gone', pending: 0 }))
      .map(stripAnsi)
      .join(' ');
    expect(text).toContain(t('screen.storage.problems.gone'));
    expect(text).toContain(t('screen.storage.nonePending'));
  });

  it('names the recovery file once the call is kept there', () => {
    const text = screen(
      stub({ kind: 'unsaved', problem: 'denied', pending: 2, recovery: RECOVERY }),
    )
      .map(stripAnsi)
      .join(' ')
      .replace(/\s+/g, ' ');
    expect(text).toContain(t('screen.storage.problems.denied'));
    expect(text).toContain(RECOVERY);
  });

  it('says it in the screen’s language, and with an ASCII symbol without UTF-8', () => {
    const unsaved = stub({ kind: 'unsaved', problem: 'readOnly', pending: 5 });
    const pl = screen(unsaved, 'pl').map(stripAnsi).join(' ');
    expect(pl).toContain(translatorFor('pl')('screen.storage.problems.readOnly'));
    expect(pl).toContain(translatorFor('pl')('screen.storage.pending', { count: 5 }));
    const ascii = screen(unsaved, 'en', true).map(stripAnsi);
    expect(ascii.find((l) => l.includes('Not saved'))).toMatch(/^! Not saved/);
  });
});
