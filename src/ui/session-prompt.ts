/**
 * The live screen as an @inquirer/core prompt: a view function of the session
 * state, redrawn on every key and once a second for the clocks. Each key becomes an
 * action that the recorder has written to disk before the screen is drawn again.
 */
import { createPrompt, useEffect, useKeypress, useState } from '@inquirer/core';
import type { Recorder } from '../call/recorder.js';
import type { Locale } from '../i18n/locale.js';
import { stageStatus, stepProgress } from '../session/index.js';
import { sanitizeLine } from '../text/sanitize.js';
import { interpretKey, MAIN, type Mode } from '../view/keymap.js';
import { renderPanel } from '../view/panel.js';
import { renderScreen } from '../view/screen.js';
import type { ScreenMessage } from '../view/view.js';

export interface SessionPromptConfig {
  readonly recorder: Recorder;
  readonly locale: Locale;
  readonly agent: string;
  readonly vars: Readonly<Record<string, string>>;
  /** Width of the terminal now (it may be resized during the call). */
  readonly columns: () => number;
  readonly clock: () => number;
}

const TICK_MS = 1000;

export const sessionPrompt = createPrompt<void, SessionPromptConfig>((config, done) => {
  const { recorder } = config;
  const [mode, setMode] = useState<Mode>(MAIN);
  const [typed, setTyped] = useState('');
  const [message, setMessage] = useState<ScreenMessage | undefined>(undefined);
  const [, setTick] = useState(0);
  // The machine's state lives in the recorder, not in a hook: bumping this redraws.
  const [, setRevision] = useState(0);

  useEffect(() => {
    const timer = setInterval(() => setTick(config.clock()), TICK_MS);
    return () => clearInterval(timer);
  }, []);

  useKeypress((key, rl) => {
    const state = recorder.state;
    if (state.status === 'ended') return;
    const step = recorder.script.steps.find((s) => s.id === state.current);
    // readline has already emptied its line when Enter arrives: use what was typed.
    const result = interpretKey(mode, key, step, typed);
    if (result.clearLine) rl.clearLine(0);
    setTyped(result.mode.kind === 'text' && !result.clearLine ? rl.line : '');
    setMessage(result.message ? { kind: 'warning', key: result.message } : undefined);
    let next = result.mode;
    if (result.action) {
      const transition = recorder.apply(result.action, config.clock());
      if (transition.ok) setRevision((n) => n + 1);
      if (!transition.ok) {
        setMessage({ kind: 'error', key: `run.reject.${transition.reason}` });
      } else if (transition.state.status === 'ended') {
        done();
        return;
      } else if (transition.state.status === 'wrapup' && next.kind === 'main') {
        // The flow is over: the only thing left is to say how the call went.
        next = { kind: 'end' };
      }
    }
    setMode(next);
  });

  const state = recorder.state;
  const columns = Math.max(20, config.columns() - 1);
  const step = recorder.script.steps.find((s) => s.id === state.current);
  const lines = renderScreen({
    script: recorder.script,
    state,
    now: config.clock(),
    columns,
    locale: config.locale,
    agent: config.agent,
    vars: config.vars,
    progress: stepProgress(recorder.script, state),
    stages: stageStatus(recorder.script, state),
    mode: mode.kind === 'help' ? 'help' : 'main',
    ...(message ? { message } : {}),
  });
  lines.push(
    ...renderPanel(mode, { script: recorder.script, step, locale: config.locale, columns }),
  );
  // The cursor rests on a short last line: a text field while typing, a marker otherwise.
  lines.push(mode.kind === 'text' ? `› ${sanitizeLine(typed)}` : '›');
  return lines.join('\n');
});
