/**
 * `coach run [script]`: the live session beside a call, or `--answers FILE` to
 * apply a list of actions without a terminal. Every action is on disk before the
 * screen moves on; a signal or a closed window still ends the log properly.
 */

import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import chalk from 'chalk';
import type { Answer } from '../call/answers.js';
import { type OpenedSession, openSession } from '../call/open-session.js';
import { parseVars, resolveAgent } from '../call/settings.js';
import type { Handler } from '../cli/main.js';
import { InterruptedError, UsageError } from '../errors.js';
import { currentLocale, t } from '../i18n/index.js';
import { colourLevel } from '../io/colour.js';
import { resolveLogDir } from '../log/index.js';
import { loadScript, locateScript } from '../script-files/load-script.js';
import { onShutdown } from '../ui/shutdown.js';
import { renderSummary } from '../view/summary.js';

async function readAnswers(file: string) {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new UsageError('answers.unreadable', { path: file }, { hint: 'answers.badEntryHint' });
  }
  const { parseAnswers } = await import('../call/answers.js');
  return parseAnswers(text);
}

function applyAnswers(session: OpenedSession, answers: readonly Answer[]): void {
  const { recorder } = session;
  for (const { entry, action } of answers) {
    if (recorder.state.status === 'ended') {
      throw new UsageError('answers.afterEnd', { entry }, { hint: 'answers.badEntryHint' });
    }
    const transition = recorder.apply(action, Date.now());
    if (!transition.ok) {
      recorder.abort(Date.now());
      throw new UsageError(
        'answers.doesNotFit',
        { entry, reason: t(`run.reject.${transition.reason}`) },
        { hint: 'answers.badEntryHint' },
      );
    }
  }
  // Answers that stop before the end close the call as cut short.
  recorder.abort(Date.now());
}

/** From a signal or a dead terminal: write the end line if the disk lets us, nothing else. */
function endQuietly(session: OpenedSession): void {
  try {
    session.recorder.abort(Date.now());
    session.log.close();
  } catch {
    // The log keeps every line written so far; readers mark it interrupted.
  }
}

type PromptModule = typeof import('../ui/session-prompt.js');

async function runLive(
  session: OpenedSession,
  agent: string,
  promptModule: Promise<PromptModule>,
): Promise<void> {
  const { sessionPrompt } = await promptModule;
  const hooks = onShutdown(() => endQuietly(session), {
    input: process.stdin,
    output: process.stdout,
  });
  try {
    await sessionPrompt(
      {
        recorder: session.recorder,
        locale: currentLocale(),
        agent,
        vars: session.vars,
        columns: () => process.stdout.columns || 80,
        clock: Date.now,
      },
      { clearPromptOnDone: true },
    );
  } catch (error) {
    session.recorder.abort(Date.now());
    if (error instanceof Error && error.name === 'ExitPromptError') {
      throw new InterruptedError('run.interrupted', { path: session.log.path });
    }
    throw error;
  } finally {
    hooks.dispose();
  }
  if (hooks.interrupted) throw new InterruptedError('run.interrupted', { path: session.log.path });
}

const handler: Handler = async ({ args, opts }) => {
  const answersFile = typeof opts.answers === 'string' ? opts.answers : undefined;
  if (!answersFile && !process.stdin.isTTY) {
    throw new UsageError('run.errors.notATty', {}, { hint: 'run.errors.notATtyHint' });
  }
  // The screen's code loads while the script is read and the log opened.
  const promptModule = answersFile ? undefined : import('../ui/session-prompt.js');
  chalk.level = colourLevel(opts.color !== false);
  const vars = parseVars(opts.var as string[] | undefined);
  const answers = answersFile ? await readAnswers(answersFile) : undefined;
  const { path, builtin } = locateScript(args[0] as string | undefined, opts.scripts, process.env);
  const loaded = await loadScript(path, builtin, opts.color !== false);
  const agent = resolveAgent(opts.agent, process.env);
  const session = openSession({
    loaded,
    logDir: resolveLogDir(opts.logDir, process.env, homedir()),
    locale: currentLocale(),
    agent,
    vars,
    logPii: opts.logPii === true,
    now: Date.now(),
  });
  try {
    if (answers || !promptModule) applyAnswers(session, answers ?? []);
    else await runLive(session, agent, promptModule);
  } finally {
    session.log.close();
  }
  const end = session.recorder.lastEnd;
  if (end) {
    const lines = renderSummary({
      script: loaded.script,
      state: session.recorder.state,
      end,
      columns: Math.max(20, (process.stdout.columns || 80) - 1),
      locale: currentLocale(),
      logPath: session.log.path,
    });
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  return 0;
};

export default handler;
