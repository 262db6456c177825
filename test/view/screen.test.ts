import chalk from 'chalk';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../src/i18n/index.js';
import type { Locale } from '../../src/i18n/locale.js';
import type { Script } from '../../src/script/types.js';
import { displayWidth, stripAnsi } from '../../src/text/width.js';
import { renderScreen } from '../../src/view/screen.js';
import { hostileText } from './arbitraries.js';
import { bengaliScript, polishScript, stateOn, viewOf } from './fixtures.js';

const previousLevel = chalk.level;
beforeAll(() => {
  initI18n('en');
  chalk.level = 1;
});
afterAll(() => {
  chalk.level = previousLevel;
});

const text = (lines: string[]) => stripAnsi(lines.join('\n'));
// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: chalk's own colour codes are allowed
const SGR = /\x1b\[[0-9;]*m/g;

describe('renderScreen fits the window', () => {
  const cases: [string, Script, Locale][] = [
    ['Bengali', bengaliScript, 'bn'],
    ['Polish', polishScript, 'pl'],
  ];
  describe.each(cases)('%s script', (_name, script, locale) => {
    it.each([40, 80])('keeps every line of every step within %i columns', (columns) => {
      for (const step of script.steps) {
        for (const mode of ['main', 'help'] as const) {
          const state = stateOn(step.id, { checked: { [step.id]: [0] } });
          const lines = renderScreen(
            viewOf(script, state, locale, {
              columns,
              mode,
              now: state.startedAt + 3_725_000,
              vars: { customer: 'শ্রীমতী অনন্যা চট্টোপাধ্যায় Wiśniewska-Dvořáková' },
              message: { kind: 'error', key: 'screen.help.tick' },
            }),
          );
          expect(lines.length).toBeGreaterThan(5);
          for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(columns);
        }
      }
    });
  });

  it('keeps within any width from 1 to 200 columns', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.constantFrom(...bengaliScript.steps),
        (columns, step) => {
          const lines = renderScreen(viewOf(bengaliScript, stateOn(step.id), 'bn', { columns }));
          for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(columns);
        },
      ),
    );
  });
});

describe('renderScreen content', () => {
  it('shows the header, the stage bar with symbols, the step and the keys', () => {
    const state = stateOn('name');
    const screen = text(
      renderScreen(
        viewOf(polishScript, state, 'pl', {
          progress: { index: 2, total: 5 },
          stages: {
            greeting: 'done',
            rapport: 'current',
            needs: 'pending',
            solutions: 'skipped',
            gratitude: 'partial',
          },
        }),
      ),
    );
    expect(screen).toContain('Zwroty w sklepie — obsługa zgłoszeń');
    expect(screen).toContain('konsultant: Ana · pl');
    expect(screen).toContain('✓ Powitanie');
    expect(screen).toContain('▶ Relacja');
    expect(screen).toContain('· Potrzeby');
    expect(screen).toContain('↷ Rozwiązania');
    expect(screen).toContain('◐ Podziękowanie');
    expect(screen).toContain('Krok 2 (łącznie 5 kroków)');
    expect(screen).toContain('Zapytaj  Czy mogę poznać');
    expect(screen).toContain('c wpisz');
    expect(screen).toContain('Enter gotowe');
  });

  it('fills variables and shows the unfilled ones as visible placeholders', () => {
    const state = stateOn('greet');
    const screen = text(renderScreen(viewOf(polishScript, state, 'pl', { agent: 'Jan' })));
    expect(screen).toContain('do Błękitny Sklep');
    expect(screen).toContain('Nazywam się Jan');
    const named = text(renderScreen(viewOf(polishScript, stateOn('thanks'), 'pl')));
    expect(named).toContain('Dziękuję, ‹imię\u00a0klienta›, że');
    const captured = stateOn('thanks', { vars: { customer: 'Zofia' } });
    expect(text(renderScreen(viewOf(polishScript, captured, 'pl')))).toContain(
      'Dziękuję, Zofia, że',
    );
  });

  it('inserts values literally, without filling them in again', () => {
    const captured = stateOn('thanks', { vars: { customer: '{{company}} $&' } });
    expect(text(renderScreen(viewOf(polishScript, captured, 'pl')))).toContain(
      'Dziękuję, {{company}} $&, że',
    );
  });

  it('lets captured values win over values given before the call', () => {
    const state = stateOn('name', { vars: { customer: 'Zofia' } });
    const screen = text(
      renderScreen(viewOf(polishScript, state, 'pl', { vars: { customer: 'Ewa' } })),
    );
    expect(screen).toContain('imię klienta: Zofia');
    expect(screen).not.toContain('Ewa');
  });

  it('falls back to the source locale for text the script lacks', () => {
    const screen = text(renderScreen(viewOf(bengaliScript, stateOn('greet'), 'en')));
    expect(screen).toContain('Customer satisfaction cycle');
    expect(screen).toContain('Say');
    expect(screen).toContain('ধন্যবাদ');
  });

  it('numbers options 1-9 on a choice step and offers choosing, not Enter', () => {
    const screen = text(renderScreen(viewOf(polishScript, stateOn('need'), 'pl')));
    expect(screen).toMatch(/ 1 Zwrot towaru/);
    expect(screen).toMatch(/ 3 Jeszcze nie wiem/);
    expect(screen).toContain('1-9 wybierz');
    expect(screen).not.toContain('Enter');
    expect(screen).not.toContain('c wpisz');
  });

  it('ticks the checked items of the checklist', () => {
    const state = stateOn('check', { checked: { check: [1] } });
    const lines = text(renderScreen(viewOf(polishScript, state, 'pl'))).split('\n');
    expect(lines).toContain('  [ ] 1 Numer zamówienia');
    expect(lines).toContain('  [x] 2 Stan towaru');
    expect(lines).toContain('  [ ] 3 Paragon lub faktura');
    expect(lines.join('\n')).toContain('1-9 zaznacz');
  });

  it('shows the transient message in the locale', () => {
    const view = viewOf(polishScript, stateOn('greet'), 'cs', {
      message: { kind: 'warning', key: 'screen.timers.overTarget' },
    });
    expect(text(renderScreen(view))).toContain('! čas překročen');
  });

  it('lists every key in the help overlay', () => {
    const screen = text(
      renderScreen(viewOf(polishScript, stateOn('greet'), 'en', { mode: 'help' })),
    );
    for (const line of [
      'Enter   mark this step done',
      '1-9     pick one of the numbered options',
      's       skip this step',
      'c       type in what the customer told you',
      '?       show this list',
      '↑ ↓     scroll the step',
      'Ctrl-D  end the call at once, without an outcome (asks first)',
    ]) {
      expect(screen).toContain(line);
    }
    expect(screen).toContain('Press any key to return to the call.');
  });

  it('tells what to do once the script has run its course', () => {
    const state = stateOn('thanks', { status: 'wrapup', current: undefined });
    const screen = text(renderScreen(viewOf(polishScript, state, 'en')));
    expect(screen).toContain('Wrapping up');
    expect(screen).toContain('Press e to end the call');
    expect(screen).not.toContain('s skip');
  });

  it('stops the clocks when the call ends', () => {
    const state = stateOn('thanks', {
      status: 'ended',
      current: undefined,
      endedAt: 1_000_000 + 65_000,
    });
    const screen = text(
      renderScreen(viewOf(polishScript, state, 'en', { now: 1_000_000 + 999_000 })),
    );
    expect(screen).toContain('call 01:05');
  });
});

describe('"step N of M"', () => {
  const progressLine = (locale: Locale, total: number) => {
    const view = viewOf(polishScript, stateOn('greet'), locale, { progress: { index: 1, total } });
    return text(renderScreen(view))
      .split('\n')
      .find((line) => /^(Krok|Step|ধাপ)/.test(line));
  };

  it('agrees with the number in Polish', () => {
    expect(progressLine('pl', 1)).toMatch(/^Krok 1 \(łącznie 1 krok\)/);
    expect(progressLine('pl', 2)).toMatch(/^Krok 1 \(łącznie 2 kroki\)/);
    expect(progressLine('pl', 5)).toMatch(/^Krok 1 \(łącznie 5 kroków\)/);
    expect(progressLine('pl', 22)).toMatch(/^Krok 1 \(łącznie 22 kroki\)/);
  });

  it('agrees with the number in Czech', () => {
    expect(progressLine('cs', 1)).toMatch(/^Krok 1 \(celkem 1 krok\)/);
    expect(progressLine('cs', 2)).toMatch(/^Krok 1 \(celkem 2 kroky\)/);
    expect(progressLine('cs', 5)).toMatch(/^Krok 1 \(celkem 5 kroků\)/);
    expect(progressLine('cs', 22)).toMatch(/^Krok 1 \(celkem 22 kroků\)/);
  });

  it('writes Bengali digits in Bengali', () => {
    expect(progressLine('bn', 22)).toMatch(/^ধাপ ১ \(মোট ২২টি\)/);
    expect(progressLine('en', 8)).toMatch(/^Step 1 of 8/);
  });
});

describe('hostile text', () => {
  const hostileScript = (raw: string): Script => ({
    ...polishScript,
    title: { pl: raw },
    variables: [{ name: 'customer', label: { pl: raw }, pii: true }],
    steps: [
      {
        id: raw || 'x',
        stage: 'needs',
        required: true,
        end: false,
        title: { pl: raw },
        say: { pl: `${raw} {{customer}} {{missing}}` },
        ask: { pl: raw },
        tips: { pl: [raw] },
        checklist: { pl: [raw, raw] },
        capture: 'customer',
      },
      {
        id: 'choice',
        stage: 'solutions',
        required: false,
        end: false,
        options: [{ id: raw || 'y', label: { pl: raw } }],
      },
    ],
  });

  it('never lets a control character from script text, variables or notes reach the screen', () => {
    fc.assert(
      fc.property(
        hostileText,
        hostileText,
        hostileText,
        fc.constantFrom('main', 'help') as fc.Arbitrary<'main' | 'help'>,
        fc.boolean(),
        fc.integer({ min: 20, max: 120 }),
        (raw, value, note, mode, onChoice, columns) => {
          const script = hostileScript(raw);
          const stepId = onChoice ? 'choice' : (script.steps[0]?.id ?? '');
          const state = stateOn(stepId, {
            vars: { customer: value },
            notes: [{ step: stepId, text: note }],
            choices: { choice: raw || 'y' },
          });
          const lines = renderScreen(
            viewOf(script, state, 'pl', {
              agent: value,
              vars: { missing: note },
              columns,
              mode,
              message: {
                kind: 'info',
                key: 'screen.capture.captured',
                params: { variable: raw, value, key: note },
              },
            }),
          );
          for (const line of lines) {
            expect(line.replace(SGR, '')).not.toMatch(CONTROL);
            expect(displayWidth(line)).toBeLessThanOrEqual(columns);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
