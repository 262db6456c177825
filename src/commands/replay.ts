/**
 * `coach replay <session>`: plays a session back as the agent saw it, prints its
 * timeline (`--summary`) or writes a recording (`--export cast FILE`). The screens
 * come from re-driving the session machine over the script snapshot of the log
 * (src/replay/); this handler only prints what it is given.
 */
import { homedir } from 'node:os';
import chalk from 'chalk';
import { maskUrl, readingDatabase } from '../db/url.js';
import { InterruptedError, UsageError } from '../errors.js';
import { currentLocale, t } from '../i18n/index.js';
import type { Locale } from '../i18n/locale.js';
import { colourLevel } from '../io/colour.js';
import { createSink } from '../io/sink.js';
import { resolveLogDir } from '../log/index.js';
import { playbackFrames } from '../replay/compose.js';
import { replayControls } from '../replay/controls.js';
import { castText, saveCast } from '../replay/export.js';
import { openReplay } from '../replay/open.js';
import { parseReplayOptions, type ReplayFlags } from '../replay/options.js';
import { summaryLines } from '../replay/summary.js';
import { sanitizeLine } from '../text/sanitize.js';
import { terminalCaps } from '../ui/terminal-caps.js';
import type { Handler } from './command.js';

export interface ReplayCommandOptions extends ReplayFlags {
  readonly logDir?: string;
  readonly db?: string;
}

async function open(arg: string, opts: ReplayCommandOptions, locale: Locale) {
  const url = readingDatabase(opts.db, opts.logDir !== undefined);
  if (url === undefined) {
    return openReplay(arg, resolveLogDir(opts.logDir, process.env, homedir()), locale);
  }
  const { openDbReplay } = await import('../db/read/replay.js');
  const { withDatabase } = await import('../db/session.js');
  return withDatabase(url, (client) => openDbReplay(client, arg, maskUrl(url), locale));
}

const say = (lines: readonly string[]) =>
  createSink(process.stdout).write(lines.map((line) => `${line}\n`).join(''));
const notice = (lines: readonly string[]) => {
  for (const line of lines) process.stderr.write(`${sanitizeLine(line)}\n`);
};

const handler: Handler<[session: string], ReplayCommandOptions> = async ({ args, opts }) => {
  const options = parseReplayOptions(opts);
  if (!options.summary && !options.exportTo && !process.stdout.isTTY) {
    throw new UsageError('replay.errors.notATty', {}, { hint: 'replay.errors.notATtyHint' });
  }
  const wanted = opts.color;
  chalk.level = options.exportTo ? colourLevel(wanted, process.env, 2) : colourLevel(wanted);
  const locale = currentLocale();
  const { record, script, notices } = await open(args[0], opts, locale);
  notice(notices);
  if (!script || options.summary) {
    const summary = summaryLines(record, script, locale);
    notice(summary.notices);
    await say(summary.lines);
  } else if (options.exportTo) {
    const cast = castText(record, script, options.timing, locale);
    notice(cast.notices);
    const target = await saveCast(options.exportTo, cast.text);
    await say([t('replay.exported', { path: target })]);
  } else {
    const { play } = await import('../ui/replay-player.js');
    const columns = Math.max(20, (process.stdout.columns || 80) - 1);
    const frames = playbackFrames(record, script, { columns, timing: options.timing, locale });
    const controls = replayControls(frames, {
      locale,
      columns,
      keys: process.stdin.isTTY === true,
      unicode: terminalCaps().unicode,
    });
    const ended = await play(frames, { input: process.stdin, output: process.stdout, controls });
    // The player has left the screen as it was: there is nothing more to say.
    if (ended === 'interrupted') throw InterruptedError.alreadyReported();
  }
};

export default handler;
