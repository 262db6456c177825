/**
 * Applying `--answers` to a call, outside the command: each answer goes to the
 * recorder in order; answers that run out close the call as cut short; one that
 * does not fit, or comes after the end, is a usage error naming its entry, with
 * the call closed.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { applyAnswers, parseAnswers, readAnswers } from '../../src/call/answers.js';
import { type EventSink, Recorder } from '../../src/call/recorder.js';
import { UsageError } from '../../src/errors.js';
import { initI18n } from '../../src/i18n/index.js';
import type { SessionEvent } from '../../src/session/types.js';
import { removeTemps, tempDir } from './cli.js';
import { answersYaml, type Entry, PLANS, shippedScript } from './plans.js';

beforeAll(() => initI18n('en'));
afterEach(removeTemps);

function call(script: string) {
  const events: SessionEvent[] = [];
  const sink: EventSink = {
    appendAll(more) {
      events.push(...more);
      return true;
    },
    get ended() {
      return events.some((e) => e.type === 'end');
    },
  };
  let now = 0;
  const recorder = Recorder.start(shippedScript(script), sink, now, { agent: 'ana' });
  const apply = (entries: readonly Entry[]) =>
    applyAnswers(recorder, parseAnswers(answersYaml(entries)), () => ++now);
  const types = () => events.map((e) => ('step' in e ? `${e.type}:${e.step}` : e.type));
  return { recorder, events, apply, types };
}

function caught(run: () => void): UsageError {
  try {
    run();
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error('nothing was thrown');
}

describe('applyAnswers', () => {
  it('plays a whole plan into the recorder, in order, to its end', () => {
    const plan = PLANS[0];
    if (!plan) throw new Error('no plan');
    const { apply, types, recorder } = call(plan.script);
    apply(plan.entries);
    expect(['start', ...types()]).toEqual(plan.keys);
    expect(recorder.lastEnd).toMatchObject({ status: 'completed', outcome: 'resolved' });
  });

  it('ends the call as aborted when the answers run out, and with none at all', () => {
    const some = call('retail-returns');
    some.apply(['done', 'done']);
    expect(some.types().slice(-2)).toEqual(['enter:remark', 'end']);
    expect(some.recorder.lastEnd).toMatchObject({ status: 'aborted' });

    const none = call('service-cycle');
    none.apply([]);
    expect(none.types()).toEqual(['enter:greet', 'end']);
  });

  it('names the entry that does not fit, after closing the call as aborted', () => {
    const { apply, recorder } = call('retail-returns');
    const error = caught(() => apply(['done', 'done', 'done', { choose: 'nope' }]));
    expect(error.key).toBe('answers.doesNotFit');
    expect(error.params).toMatchObject({ entry: 4, reason: expect.any(String) });
    expect(error.hint).toBe('answers.badEntryHint');
    expect(recorder.lastEnd).toMatchObject({ status: 'aborted' });
  });

  it('names an entry after the end, leaving one end event', () => {
    const { apply, events } = call('service-cycle');
    const error = caught(() => apply(['end', 'done']));
    expect(error.key).toBe('answers.afterEnd');
    expect(error.params).toEqual({ entry: 2 });
    expect(events.filter((e) => e.type === 'end')).toHaveLength(1);
  });
});

describe('readAnswers', () => {
  it('reads and parses a file, and calls an unreadable one a usage error', async () => {
    const dir = tempDir();
    const file = join(dir, 'answers.yaml');
    writeFileSync(file, answersYaml(['done', { end: 'resolved' }]));
    expect(await readAnswers(file)).toEqual([
      { entry: 1, action: { type: 'done' } },
      { entry: 2, action: { type: 'end', outcome: 'resolved' } },
    ]);
    const missing = join(dir, 'missing.yaml');
    await expect(readAnswers(missing)).rejects.toMatchObject({
      key: 'answers.unreadable',
      params: { path: missing },
      exitCode: 2,
    });
  });
});
