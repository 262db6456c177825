/**
 * `coach run [script]`: the live session beside a call, or `--answers FILE` to
 * apply a list of actions without a terminal. Every action is on disk before the
 * screen moves on; a signal or a closed window still ends the log properly, from
 * before the log exists (the live call's terminal side is src/ui/live-call.ts).
 * A call whose log could not take all of it ends as a failure naming where it is.
 */

import { homedir } from 'node:os';
import chalk from 'chalk';
import { endCall, type OpenedSession, openSession } from '../call/open-session.js';
import { parseVars, recoveryFolders, resolveAgent } from '../call/settings.js';
import { unsavedError, wholeRecord } from '../call/unsaved.js';
import { InterruptedError, UsageError } from '../errors.js';
import { currentLocale, t } from '../i18n/index.js';
import { colourLevel } from '../io/colour.js';
import { createSink } from '../io/sink.js';
import { resolveLogDir } from '../log/index.js';
import { sanitizeLine } from '../text/sanitize.js';
import { guardShutdown, type Shutdown } from '../ui/shutdown.js';
import { renderSummary } from '../view/summary.js';
import type { GlobalOptions, Handler } from './command.js';
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

/** `--answers FILE`, read before the script; loaded only then, the YAML parser with it. */
async function readAnswersFile(file: string) {
  const { applyAnswers, checkAnswers, readAnswers } = await import('../call/answers.js');
  return { answers: await readAnswers(file), applyAnswers, checkAnswers };
}

/** The call's summary, naming the file that holds the whole call (none when no file does). */
function printSummary(session: OpenedSession): void {
  const end = session.recorder.lastEnd;
  if (!end) return;
  const record = wholeRecord(session.log);
  const lines = renderSummary({
    script: session.recorder.script,
    state: session.recorder.state,
    end,
    columns: Math.max(20, (process.stdout.columns || 80) - 1),
    locale: currentLocale(),
    ...(record === undefined ? {} : { logPath: record }),
  });
  createSink(process.stdout).send(`${lines.join('\n')}\n`);
}

async function run(
  script: string | undefined,
  opts: RunOptions & GlobalOptions,
  shutdown: Shutdown,
) {
  const answersFile = opts.answers || undefined;
  // The screen's code loads while the script is read and the log opened.
  const liveCall = answersFile ? undefined : import('../ui/live-call.js');
  chalk.level = colourLevel(opts.color);
  const vars = parseVars(opts.var);
  const given = answersFile ? await readAnswersFile(answersFile) : undefined;
  const loaded = await loadNamedScript(script, opts.scripts, opts.color);
  const agent = resolveAgent(opts.agent, process.env);
  // A file that does not fit the script is refused before there is a log to close.
  given?.checkAnswers(loaded.script, given.answers, { ...vars, agent });
  if (shutdown.interrupted) throw new InterruptedError('run.interruptedBeforeStart');
  const session = openSession({
    loaded,
    logDir: resolveLogDir(opts.logDir, process.env, homedir()),
    locale: currentLocale(),
    agent,
    vars,
    logPii: opts.logPii === true,
    now: Date.now(),
    answers: given !== undefined,
    recoveryDirs: recoveryFolders(process.env),
  });
  shutdown.onStop(() => endCall(session, Date.now()));
  if (session.blockedSnapshot !== undefined) {
    const path = sanitizeLine(session.blockedSnapshot);
    process.stderr.write(`${t('log.warnings.snapshotBlocked', { path })}\n`);
  }
  let stopped: InterruptedError | undefined;
  try {
    if (given) given.applyAnswers(session.recorder, given.answers);
    else {
      const { runLiveCall } = await (liveCall ?? import('../ui/live-call.js'));
      await runLiveCall(session, { agent, locale: currentLocale(), shutdown });
    }
  } catch (error) {
    if (!(error instanceof InterruptedError)) throw error;
    stopped = error;
  } finally {
    session.log.close();
  }
  const unsaved = unsavedError(session.log);
  if (!stopped && !shutdown.interrupted) printSummary(session);
  if (unsaved) throw unsaved;
  if (stopped || shutdown.interrupted) {
    throw stopped ?? new InterruptedError('run.interrupted', { path: session.log.path });
  }
}

const handler: Handler<[script: string | undefined], RunOptions> = async ({ args, opts }) => {
  if (!opts.answers && !process.stdin.isTTY) {
    throw new UsageError('run.errors.notATty', {}, { hint: 'run.errors.notATtyHint' });
  }
  // Heard from before the log exists: a call whose log is opened always gets its end line.
  const shutdown = guardShutdown();
  try {
    await run(args[0], opts, shutdown);
  } finally {
    shutdown.dispose();
  }
};

export default handler;
