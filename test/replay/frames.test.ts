import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../src/i18n/index.js';
import type { LoggedEvent } from '../../src/log/read/types.js';
import { composeReplay } from '../../src/replay/compose.js';
import { buildFrames, sameEvent } from '../../src/replay/frames.js';
import type { Script } from '../../src/script/types.js';
import { stageStatus, stepProgress } from '../../src/session/index.js';
import { type EndEvent, renderScreen, renderSummary } from '../../src/view/index.js';
import { cycle } from '../session/fixtures.js';
import { makeLog, T0 } from './helpers.js';
import { ABORTED_CALL, FULL_CALL } from './sessions.js';

const COLUMNS = 72;

beforeAll(() => initI18n('en'));

function screenOf(script: Script, log: ReturnType<typeof makeLog>, i: number) {
  const { state, now } = log.states[i] as (typeof log.states)[number];
  return renderScreen({
    script,
    state,
    now,
    columns: COLUMNS,
    locale: 'en',
    agent: 'ana',
    vars: log.header.vars,
    progress: stepProgress(script, state),
    stages: stageStatus(script, state),
    mode: 'main',
  });
}

describe('buildFrames', () => {
  it('draws, after each logged action, the screen the machine showed at that moment', () => {
    const log = makeLog(cycle, FULL_CALL);
    const result = buildFrames({
      start: log.header,
      events: log.events,
      script: cycle,
      columns: COLUMNS,
    });
    expect(result.divergence).toBeUndefined();
    expect(result.frames).toHaveLength(FULL_CALL.length + 1);
    for (let i = 0; i < FULL_CALL.length; i++) {
      const frame = result.frames[i];
      expect(frame?.t).toBe((log.states[i]?.now ?? 0) - T0);
      expect(frame?.lines).toEqual(screenOf(cycle, log, i));
    }
    const end = log.events.at(-1) as unknown as EndEvent;
    expect(result.end?.status).toBe('completed');
    expect(result.frames.at(-1)?.lines).toEqual(
      renderSummary({
        script: cycle,
        state: log.states.at(-1)?.state as never,
        end,
        columns: COLUMNS,
        locale: 'en',
      }),
    );
  });

  it('marks each frame where a step appears, loops and back included', () => {
    const log = makeLog(cycle, FULL_CALL);
    const { frames } = buildFrames({
      start: log.header,
      events: log.events,
      script: cycle,
      columns: COLUMNS,
    });
    const steps = frames.filter((frame) => frame.step).map((frame) => frame.step);
    expect(steps).toEqual([
      'greet',
      'name',
      'need',
      'probe',
      'need',
      'return-item',
      'need',
      'compare',
      'verify',
      'thanks',
    ]);
    expect(frames[0]?.marker).toBe('greet');
  });

  it('draws the screens in the session locale, whatever the words of the replay', () => {
    const log = makeLog(cycle, FULL_CALL, { locale: 'pl' });
    const { frames } = buildFrames({
      start: log.header,
      events: log.events,
      script: cycle,
      columns: COLUMNS,
    });
    const english = buildFrames({
      start: { ...log.header, locale: 'en' },
      events: log.events,
      script: cycle,
      columns: COLUMNS,
    }).frames;
    expect(frames[0]?.lines.join('\n')).not.toEqual(english[0]?.lines.join('\n'));
    expect(frames[0]?.lines.join('\n')).toMatch(/Krok/);
  });

  it('stops re-driving where an edited script no longer produces the logged events', () => {
    const log = makeLog(cycle, FULL_CALL);
    // The trainer moved `probe` to another stage after the call: its enter no longer matches.
    const edited: Script = {
      ...cycle,
      steps: cycle.steps.map((step) =>
        step.id === 'probe' ? { ...step, stage: 'rapport' } : step,
      ),
    };
    const result = buildFrames({
      start: log.header,
      events: log.events,
      script: edited,
      columns: COLUMNS,
    });
    expect(result.divergence).toBeDefined();
    expect(log.events[result.divergence?.index ?? -1]?.type).toBe('choice');
    expect(result.end).toBeUndefined();
    expect(result.frames.length).toBeLessThan(FULL_CALL.length);

    const replay = composeReplay({
      start: log.header,
      events: log.events,
      script: edited,
      columns: COLUMNS,
      locale: 'en',
    });
    const last = replay.frames.at(-1)?.lines.join('\n') ?? '';
    expect(last).toMatch(/no longer fits its script/);
    expect(last).toMatch(/Status: completed/);
  });

  it('notices an option that the edited script no longer offers', () => {
    const log = makeLog(cycle, FULL_CALL);
    const edited: Script = {
      ...cycle,
      steps: cycle.steps.map((step) =>
        step.id === 'need'
          ? { ...step, options: step.options?.filter((o) => o.id !== 'unsure') }
          : step,
      ),
    };
    const result = buildFrames({
      start: log.header,
      events: log.events,
      script: edited,
      columns: COLUMNS,
    });
    expect(result.divergence?.event).toBe('choice');
  });

  it('notices a damaged log: an enter nobody caused', () => {
    const log = makeLog(cycle, FULL_CALL);
    const events = [...log.events];
    const at = events[1]?.at ?? T0;
    const stray = {
      t: new Date(at).toISOString(),
      at,
      type: 'enter',
      step: 'verify',
      stage: 'solutions',
    };
    events.splice(3, 0, stray as LoggedEvent);
    const result = buildFrames({ start: log.header, events, script: cycle, columns: COLUMNS });
    expect(result.divergence?.index).toBe(3);
  });

  it('takes a log cut off by a crash for what it is, not for a divergence', () => {
    const log = makeLog(cycle, FULL_CALL);
    for (const kept of [0, 1, 5, 6]) {
      const result = buildFrames({
        start: log.header,
        events: log.events.slice(0, kept),
        script: cycle,
        columns: COLUMNS,
      });
      expect(result.divergence, `${kept} events`).toBeUndefined();
      expect(result.frames.length).toBeGreaterThan(0);
    }
  });

  it('ends an aborted call on its summary, and an interrupted one on its timeline', () => {
    const aborted = makeLog(cycle, ABORTED_CALL);
    const done = composeReplay({
      start: aborted.header,
      events: aborted.events,
      script: cycle,
      columns: COLUMNS,
      locale: 'en',
    });
    expect(done.frames.at(-1)?.lines.join('\n')).toMatch(/Call ended early/);

    const cut = aborted.events.slice(0, -1);
    const interrupted = composeReplay({
      start: aborted.header,
      events: cut,
      script: cycle,
      columns: COLUMNS,
      locale: 'en',
    });
    const last = interrupted.frames.at(-1)?.lines.join('\n') ?? '';
    expect(last).toMatch(/interrupted/);
    // Re-driving tells which required steps were still ahead.
    expect(last).toMatch(/verify\s+Solutions\s+not reached/);
  });
});

describe('sameEvent', () => {
  it('ignores the time and fields a newer writer added, not a changed value', () => {
    const produced = { type: 'done', step: 'greet', stage: 'greeting', ms: 10 } as const;
    expect(sameEvent(produced, { ...produced, t: 'x', extra: 1 } as never)).toBe(true);
    expect(sameEvent(produced, { ...produced, ms: 11 })).toBe(false);
    expect(sameEvent(produced, undefined)).toBe(false);
  });
});
