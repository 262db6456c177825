/**
 * `coach replay <session>`: plays a session back as the agent saw it, prints its
 * timeline (`--summary`) or writes a recording (`--export cast FILE`). The screens
 * come from re-driving the session machine over the script snapshot of the log.
 */
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import chalk from 'chalk';
import { InterruptedError, UsageError } from '../errors.js';
import { currentLocale, t } from '../i18n/index.js';
import { colourLevel } from '../io/colour.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import { resolveLogDir } from '../log/index.js';
import { readSession } from '../log/read/index.js';
import { totalSkipped } from '../log/read/tally.js';
import type { SessionHeader, SessionRecord } from '../log/read/types.js';
import { castLines } from '../replay/asciicast.js';
import { composeReplay, divergenceWarning } from '../replay/compose.js';
import { buildFrames } from '../replay/frames.js';
import { loadSnapshot, locateSession } from '../replay/locate.js';
import { parseReplayOptions, type ReplayFlags, type ReplayOptions } from '../replay/options.js';
import { renderTimeline } from '../replay/timeline.js';
import { retime } from '../replay/timing.js';
import type { Script } from '../script/types.js';
import { unreachedAt } from '../session/index.js';
import { sanitizeLine } from '../text/sanitize.js';
import type { Handler } from './command.js';

export interface ReplayCommandOptions extends ReplayFlags {
  readonly logDir?: string;
}

/** Width of an exported recording, as a common terminal. */
const CAST_COLUMNS = 80;

const say = (line: string) => process.stdout.write(`${line}\n`);
const notice = (line: string) => process.stderr.write(`${sanitizeLine(line)}\n`);

async function readRecord(file: string): Promise<SessionRecord & { header: SessionHeader }> {
  const record = await readSession(file);
  if (record.unreadable !== undefined) {
    throw new UsageError('replay.errors.unreadable', { path: file, code: record.unreadable });
  }
  if (record.newerFormat !== undefined) {
    throw new UsageError('replay.errors.newer', { path: file, version: record.newerFormat });
  }
  if (!record.header) throw new UsageError('replay.errors.notALog', { path: file });
  return record as SessionRecord & { header: SessionHeader };
}

function printSummary(record: SessionRecord & { header: SessionHeader }, script?: Script): void {
  const locale = currentLocale();
  let unreached: string[] | undefined;
  if (script) {
    const built = buildFrames({ start: record.header, events: record.events, script, columns: 80 });
    if (built.divergence) notice(divergenceWarning(built.divergence, locale));
    else if (!built.end) unreached = unreachedAt(script, built.state);
  }
  const lines = renderTimeline({
    start: record.header,
    events: record.events,
    ...(script ? { script } : {}),
    locale,
    ...(unreached ? { unreached } : {}),
  });
  for (const line of lines) say(line);
}

async function exportCast(
  record: SessionRecord & { header: SessionHeader },
  script: Script,
  options: ReplayOptions,
  file: string,
): Promise<void> {
  const columns = CAST_COLUMNS - 1;
  const replay = composeReplay({
    start: record.header,
    events: record.events,
    script,
    columns,
    locale: currentLocale(),
  });
  if (replay.divergence) notice(divergenceWarning(replay.divergence, currentLocale()));
  const frames = retime(replay.frames, options.timing);
  const height = Math.max(24, ...frames.map((frame) => frame.lines.length + 1));
  const title = t('replay.castTitle', {
    script: sanitizeLine(record.header.script.id),
    agent: sanitizeLine(record.header.agent),
    session: sanitizeLine(record.header.session),
  });
  const lines = castLines(
    { width: CAST_COLUMNS, height, startedAt: record.header.startedAt, title },
    frames,
  );
  const target = resolve(file);
  try {
    await writeFileAtomic(target, `${lines.join('\n')}\n`);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    throw new UsageError('replay.errors.cannotWrite', { path: target, code });
  }
  say(t('replay.exported', { path: target }));
}

async function playInTerminal(
  record: SessionRecord & { header: SessionHeader },
  script: Script,
  options: ReplayOptions,
): Promise<void> {
  const { play } = await import('../ui/replay-player.js');
  const columns = Math.max(20, (process.stdout.columns || 80) - 1);
  const replay = composeReplay({
    start: record.header,
    events: record.events,
    script,
    columns,
    locale: currentLocale(),
  });
  const ended = await play(retime(replay.frames, options.timing), {
    input: process.stdin,
    output: process.stdout,
  });
  // The player has left the screen as it was: there is nothing more to say.
  if (ended === 'interrupted') throw InterruptedError.alreadyReported();
}

const handler: Handler<[session: string], ReplayCommandOptions> = async ({ args, opts }) => {
  const options = parseReplayOptions(opts);
  if (!options.summary && !options.exportTo && !process.stdout.isTTY) {
    throw new UsageError('replay.errors.notATty', {}, { hint: 'replay.errors.notATtyHint' });
  }
  const wanted = opts.color;
  chalk.level = options.exportTo ? colourLevel(wanted, process.env, 2) : colourLevel(wanted);
  const logDir = resolveLogDir(opts.logDir, process.env, homedir());
  const file = locateSession(args[0], logDir);
  const record = await readRecord(file);
  const skipped = totalSkipped(record.counts);
  if (skipped > 0) notice(t('replay.skippedLines', { count: skipped }));
  const script = await loadSnapshot(file, record.header.script.sha256, logDir);
  if (!script) {
    notice(t('replay.snapshotMissing', { sha: sanitizeLine(record.header.script.sha256) }));
    printSummary(record);
    return;
  }
  if (options.summary) printSummary(record, script);
  else if (options.exportTo) await exportCast(record, script, options, options.exportTo);
  else await playInTerminal(record, script, options);
};

export default handler;
