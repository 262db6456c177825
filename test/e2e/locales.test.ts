/**
 * A whole call through every shipped script in every locale, in a real terminal:
 * the screen speaks the locale's words, the outcome list opens after the last step,
 * and the log records a completed call in that locale. The keys follow the script's
 * own flow: 1 on a choice step, c + a typed value on a capture step, else Enter.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../src/i18n/locale.js';
import { nextStepAfter } from '../../src/script/flow.js';
import { checkScript } from '../../src/script/index.js';
import type { LocalizedText, Script, Step } from '../../src/script/types.js';
import { sanitizeLine } from '../../src/text/sanitize.js';
import { disposeAll, type Session, startCoach } from './harness.js';
import { readLog } from './log.js';
import { ROOT } from './sandbox.js';

afterEach(disposeAll);

const SCRIPTS = ['service-cycle', 'retail-returns', 'complaint-handling'] as const;
const TYPED = 'Ana Lima';
const WINDOW = { cols: 80, rows: 30 };

interface UiWords {
  readonly stages: Readonly<Record<string, string>>;
  readonly skipKey: string;
  readonly escape: string;
  readonly outcomeTitle: string;
  readonly resolved: string;
}

function uiWords(locale: Locale): UiWords {
  const json = JSON.parse(readFileSync(join(ROOT, 'locales', `${locale}.json`), 'utf8'));
  return {
    stages: json.screen.stages,
    skipKey: json.screen.keys.skip,
    escape: json.run.panel.escape,
    outcomeTitle: json.run.panel.outcome,
    resolved: json.screen.outcomes.resolved,
  };
}

function loadShipped(id: string): Script {
  const { script, diagnostics } = checkScript(
    readFileSync(join(ROOT, 'scripts', `${id}.yaml`), 'utf8'),
  );
  if (!script) throw new Error(`${id} does not check: ${JSON.stringify(diagnostics)}`);
  return script;
}

function local(text: LocalizedText | undefined, locale: Locale, script: Script) {
  return text?.[locale] ?? text?.[script.source];
}

/** Text only this step's body shows: its heading, "Stage · Title" (cut to fit one line). */
function marker(script: Script, step: Step, locale: Locale, words: UiWords): string {
  const stage = words.stages[step.stage] as string;
  const title = local(step.title, locale, script);
  if (title) return `${stage} · ${sanitizeLine(title).trim().slice(0, 20)}`;
  // No title: the say/ask text up to its first placeholder.
  const text = local(step.say, locale, script) ?? local(step.ask, locale, script) ?? '';
  return sanitizeLine(text.split('{{')[0] as string)
    .trim()
    .slice(0, 20);
}

type Press = 'choose' | 'capture' | 'enter';

/** The steps the call goes through pressing 1 / c / Enter, in order. */
function walk(script: Script): { step: Step; press: Press }[] {
  const path: { step: Step; press: Press }[] = [];
  let id = script.steps[0]?.id;
  while (id !== undefined) {
    const step = script.steps.find((s) => s.id === id);
    if (!step) throw new Error(`the flow of ${script.id} leads to a missing step ${id}`);
    if (path.length > script.steps.length) throw new Error(`${script.id} loops on option 1`);
    const first = step.options?.[0];
    path.push({ step, press: first ? 'choose' : step.capture ? 'capture' : 'enter' });
    id = first ? nextStepAfter(script, step.id, first.id) : nextStepAfter(script, step.id);
  }
  return path;
}

async function waitUntil(s: Session, done: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5000;
  for (;;) {
    await s.settle();
    if (done()) return;
    if (s.hasExited || Date.now() > deadline) {
      throw new Error(`gave up waiting for ${what}; screen:\n${s.screen()}`);
    }
    await new Promise((tick) => setTimeout(tick, 10));
  }
}

async function finishStep(s: Session, press: Press, words: UiWords): Promise<void> {
  if (press === 'choose') return s.write('1');
  if (press === 'capture') {
    s.write('c');
    await s.waitFor(words.escape);
    s.write(TYPED);
    await s.waitFor(`› ${TYPED}`);
    s.write('\r');
    await waitUntil(s, () => !s.screen().includes(words.escape), 'the capture field to close');
  }
  s.write('\r');
}

const cases = SCRIPTS.flatMap((id) => LOCALES.map((locale) => [id, locale] as const));

describe('a whole call in every locale', () => {
  it.each(cases)('%s in %s', async (id, locale) => {
    const script = loadShipped(id);
    const words = uiWords(locale);
    const path = walk(script);
    const markers = path.map(({ step }) => marker(script, step, locale, words));
    // Each wait below must tell a step from the one before it.
    for (let i = 1; i < markers.length; i++) expect(markers[i]).not.toBe(markers[i - 1]);

    const s = startCoach(['--lang', locale, 'run', id], WINDOW);
    await s.waitFor(markers[0] as string);
    const first = s.screen();
    expect(first).toContain(words.stages.greeting);
    expect(first).toContain(`s ${words.skipKey}`);

    for (const [i, { press }] of path.entries()) {
      await finishStep(s, press, words);
      const next = markers[i + 1];
      if (next !== undefined) await s.waitFor(next);
    }

    await s.waitFor(words.outcomeTitle.slice(0, 20));
    // The outcome list: numbers, then the words (the gap after the number may vary).
    expect(s.lines().map((line) => line.replace(/^1 +/, '1 '))).toContain(`1 ${words.resolved}`);
    s.write('1');
    expect(await s.exited).toEqual({ exitCode: 0 });

    const log = readLog(s.logDir);
    expect(log[0]).toMatchObject({ type: 'start', locale, script: { id } });
    expect(log.at(-1)).toMatchObject({ type: 'end', status: 'completed', outcome: 'resolved' });
    const done = log.filter((line) => line.type === 'done').map((line) => line.step);
    expect(done).toEqual(path.map(({ step }) => step.id));
  });
});
