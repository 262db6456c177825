/**
 * `coach run [script]`: the live session beside a call, or `--answers FILE` to
 * apply a list of actions without a terminal. Every action is on disk before the
 * screen moves on; a signal or a closed window still ends the log properly (the
 * live call's terminal side is src/ui/live-call.ts).
 */

import { homedir } from 'node:os';
import chalk from 'chalk';
import { openSession } from '../call/open-session.js';
import type { Recorder } from '../call/recorder.js';
import { parseVars, resolveAgent } from '../call/settings.js';
import { UsageError } from '../errors.js';
import { currentLocale } from '../i18n/index.js';
import { colourLevel } from '../io/colour.js';
import { resolveLogDir } from '../log/index.js';
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

/** `--answers FILE`, read and checked before the log is opened, then applied to the call. */
async function answersFrom(file: string): Promise<(recorder: Recorder) => void> {
  // Loaded only with --answers: the YAML parser comes with it.
  const { applyAnswers, readAnswers } = await import('../call/answers.js');
  const answers = await readAnswers(file);
  return (recorder) => applyAnswers(recorder, answers);
}

const handler: Handler<[script: string | undefined], RunOptions> = async ({ args, opts }) => {
  const answersFile = opts.answers || undefined;
  if (!answersFile && !process.stdin.isTTY) {
    throw new UsageError('run.errors.notATty', {}, { hint: 'run.errors.notATtyHint' });
  }
  // The screen's code loads while the script is read and the log opened.
  const liveCall = answersFile ? undefined : import('../ui/live-call.js');
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
    else {
      const { runLiveCall } = await (liveCall ?? import('../ui/live-call.js'));
      await runLiveCall(session, { agent, locale: currentLocale() });
    }
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
