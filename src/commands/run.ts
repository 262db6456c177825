/**
 * `coach run [script]`: the live session beside a call, or `--answers FILE` to
 * apply a list of actions without a terminal. Every action is on disk before the
 * screen moves on; a signal or a closed window still ends the log properly.
 */

import { homedir } from 'node:os';
import chalk from 'chalk';
import { type OpenedSession, openSession } from '../call/open-session.js';
import type { Recorder } from '../call/recorder.js';
import { parseVars, resolveAgent } from '../call/settings.js';
import { InterruptedError, UsageError } from '../errors.js';
import { currentLocale } from '../i18n/index.js';
import { colourLevel } from '../io/colour.js';
import { resolveLogDir } from '../log/index.js';
import { onShutdown } from '../ui/shutdown.js';
import { renderSummary } from '../view/summary.js';
import type { Handler } from './command.js';
import { loadNamedScript } from './script-arg.js';

export interface RunOptions {
  readonly agent?: string;
  /** `--var name=value`, repeated. */
  readonly var?: string[];
  readonly logDir?: string;
  readonly logPii?: boolean;
  readonly scripts?: string;
  readonly answers?: string;
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

/** `--answers FILE`, read and checked before the log is opened, then applied to the call. */
async function answersFrom(file: string): Promise<(recorder: Recorder) => void> {
  // Loaded only with --answers: the YAML parser comes with it.
  const { applyAnswers, readAnswers } = await import('../call/answers.js');
  const answers = await readAnswers(file);
  return (recorder) => applyAnswers(recorder, answers);
}

/** The prompt ends with one of these when Ctrl-C, a signal or `onShutdown` stops it. */
const PROMPT_STOPPED = new Set(['ExitPromptError', 'AbortPromptError']);

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
  const interrupted = () => new InterruptedError('run.interrupted', { path: session.log.path });
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
      { clearPromptOnDone: true, signal: hooks.signal },
    );
  } catch (error) {
    session.recorder.abort(Date.now());
    if (hooks.interrupted || (error instanceof Error && PROMPT_STOPPED.has(error.name))) {
      throw interrupted();
    }
    throw error;
  } finally {
    hooks.dispose();
  }
  if (hooks.interrupted) throw interrupted();
}

const handler: Handler<[script: string | undefined], RunOptions> = async ({ args, opts }) => {
  const answersFile = opts.answers || undefined;
  if (!answersFile && !process.stdin.isTTY) {
    throw new UsageError('run.errors.notATty', {}, { hint: 'run.errors.notATtyHint' });
  }
  // The screen's code loads while the script is read and the log opened.
  const promptModule = answersFile ? undefined : import('../ui/session-prompt.js');
  chalk.level = colourLevel(opts.color);
  const vars = parseVars(opts.var);
  const answer = answersFile ? await answersFrom(answersFile) : undefined;
  const loaded = await loadNamedScript(args[0], opts.scripts, opts.color);
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
    if (answer) answer(session.recorder);
    else await runLive(session, agent, promptModule ?? import('../ui/session-prompt.js'));
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
};

export default handler;
