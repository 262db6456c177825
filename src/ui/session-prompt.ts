/**
 * The live screen in the terminal: raw keys in, frames out. Each read of the
 * terminal is split into keys and pastes (src/view/keys.ts) and handled at once
 * (src/ui/live-input.ts), so every action is on disk before the screen is drawn
 * again; the screen is drawn at most once a frame however fast input comes, and
 * the clocks tick once a second (on a plain terminal only what changes is
 * printed, src/ui/terminal-screen.ts). It settles when the call ends, and rejects
 * as @inquirer/core prompts do when Ctrl-C (ExitPromptError) or `signal`
 * (AbortPromptError) stops it, which is how the live call and the exit code read it.
 */
import { StringDecoder } from 'node:string_decoder';
import { AbortPromptError, ExitPromptError } from '@inquirer/core';
import type { Recorder } from '../call/recorder.js';
import type { Locale } from '../i18n/locale.js';
import { stageStatus, stepProgress } from '../session/index.js';
import { flushInput, type InputState, NO_INPUT, readInput } from '../view/keys.js';
import { renderLive } from '../view/live.js';
import { LiveInput, type Outcome } from './live-input.js';
import { type TerminalCaps, terminalCaps } from './terminal-caps.js';
import { screenWriter } from './terminal-screen.js';

export interface SessionPromptConfig {
  readonly recorder: Recorder;
  readonly locale: Locale;
  readonly agent: string;
  readonly vars: Readonly<Record<string, string>>;
  /** Width of the terminal now (it may be resized during the call). */
  readonly columns: () => number;
  /** Height of the terminal now: the output's rows unless given. */
  readonly rows?: () => number;
  readonly clock: () => number;
  /** What the terminal can show: read from the environment unless given. */
  readonly caps?: TerminalCaps;
}

export interface PromptContext {
  readonly input?: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (raw: boolean) => void };
  readonly output?: NodeJS.WritableStream & { rows?: number };
  readonly signal?: AbortSignal;
  /** Accepted for the caller's sake: the screen is always cleared when the call ends. */
  readonly clearPromptOnDone?: boolean;
}

const TICK_MS = 1000;
const FRAME_MS = 16;
/** How long an Esc alone waits for the rest of a sequence a slow link split. */
const ESC_WAIT_MS = 50;

export function sessionPrompt(config: SessionPromptConfig, context: PromptContext = {}) {
  const input = context.input ?? process.stdin;
  const output = context.output ?? process.stdout;
  const caps = config.caps ?? terminalCaps();
  const { recorder } = config;
  const live = new LiveInput(recorder, config.locale, config.clock);
  const write = (text: string) => {
    if (!(output as { destroyed?: boolean }).destroyed) output.write(text);
  };
  const writer = screenWriter(write, caps.cursor);
  const decoder = new StringDecoder('utf8');
  let reading: InputState = NO_INPUT;
  let frameTimer: NodeJS.Timeout | undefined;
  let escTimer: NodeJS.Timeout | undefined;
  let lastDraw = 0;
  let storageShown = '';
  // Keys typed before the screen was up are stale: they are let through unread, as
  // @inquirer/core does, for a terminal only.
  let ready = input.isTTY !== true;

  const draw = () => {
    frameTimer = undefined;
    lastDraw = performance.now();
    const state = recorder.state;
    const frame = renderLive({
      script: recorder.script,
      state,
      now: config.clock(),
      window: { columns: config.columns(), rows: config.rows?.() ?? output.rows ?? 24 },
      locale: config.locale,
      agent: config.agent,
      vars: config.vars,
      progress: stepProgress(recorder.script, state),
      stages: stageStatus(recorder.script, state),
      mode: live.mode,
      field: live.field,
      scroll: live.scroll,
      storage: recorder.storage,
      plain: !caps.cursor,
      ascii: !caps.unicode,
      ...(live.message ? { message: live.message } : {}),
    });
    writer.draw(frame, live.typing);
    live.typing = true;
    live.scroll = frame.scroll;
    live.page = frame.page;
    storageShown = JSON.stringify(recorder.storage);
  };
  const requestDraw = () => {
    if (frameTimer) return;
    frameTimer = setTimeout(draw, Math.max(0, lastDraw + FRAME_MS - performance.now()));
  };

  return new Promise<void>((resolve, reject) => {
    let settled = false;
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(frameTimer);
      clearTimeout(escTimer);
      clearInterval(tick);
      input.off('data', onData);
      (output as NodeJS.EventEmitter).off?.('resize', onResize);
      context.signal?.removeEventListener('abort', onAbort);
      process.off('exit', restore);
      restore();
      input.pause();
      if (error) reject(error);
      else resolve();
    };
    const restore = () => {
      writer.stop();
      try {
        if (input.isTTY) input.setRawMode?.(false);
      } catch {
        // A closed terminal refuses (EIO): there is no mode left to restore.
      }
    };
    const settle = (outcome: Outcome) => {
      if (outcome === 'ended') finish();
      else if (outcome === 'stopped') finish(new ExitPromptError('the agent stopped the call'));
      else requestDraw();
    };
    const onData = (chunk: Buffer | string) => {
      if (settled) return;
      clearTimeout(escTimer);
      const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
      const read = readInput(reading, text);
      reading = read.state;
      if (ready) settle(live.read(read.inputs));
      if (reading.pending !== '' && !reading.pasting) {
        escTimer = setTimeout(() => {
          const flushed = flushInput(reading);
          reading = flushed.state;
          if (ready && !settled) settle(live.read(flushed.inputs));
        }, ESC_WAIT_MS);
      }
    };
    const onResize = () => {
      writer.invalidate();
      requestDraw();
    };
    const onAbort = () => finish(new AbortPromptError({ cause: context.signal?.reason }));
    const tick = setInterval(() => {
      // A plain terminal is printed to only when something changes, not for the clocks.
      if (caps.cursor || JSON.stringify(recorder.storage) !== storageShown) {
        live.typing = false;
        requestDraw();
      }
    }, TICK_MS);

    if (context.signal?.aborted) return onAbort();
    context.signal?.addEventListener('abort', onAbort);
    process.on('exit', restore);
    try {
      if (input.isTTY) input.setRawMode?.(true);
    } catch {
      // Without raw mode keys still come, a line at a time.
    }
    writer.start();
    input.on('data', onData);
    input.resume();
    (output as NodeJS.EventEmitter).on?.('resize', onResize);
    setImmediate(() => {
      ready = true;
    });
    draw();
  });
}
