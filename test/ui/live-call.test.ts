/**
 * The live call's terminal side over streams in memory, on a real log: however the
 * call stops — the agent ending it, Ctrl-C, a dead terminal — the log gets one end
 * line, the command is told the right thing, and the listeners added are gone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type OpenedSession, openSession } from '../../src/call/open-session.js';
import { InterruptedError } from '../../src/errors.js';
import { initI18n } from '../../src/i18n/index.js';
import { loadScript } from '../../src/script-files/load-script.js';
import { endQuietly, promptStopped, runLiveCall } from '../../src/ui/live-call.js';
import { ROOT, removeTemps, tempDir } from '../run/cli.js';

const NOW = Date.UTC(2026, 10, 23, 14, 0, 0);

beforeAll(() => initI18n('en'));
afterEach(removeTemps);

async function session(): Promise<OpenedSession> {
  const loaded = await loadScript(join(ROOT, 'test/e2e/fixtures/call.yaml'), false);
  return openSession({
    loaded,
    logDir: tempDir(),
    locale: 'en',
    agent: 'ana',
    vars: {},
    logPii: false,
    now: NOW,
  });
}

/** A terminal in memory: keys go in, the screen is written out and kept. */
function terminal() {
  const input = new PassThrough();
  const output = Object.assign(new PassThrough(), { columns: 100 });
  let screen = '';
  output.on('data', (chunk: Buffer) => {
    screen += chunk.toString();
  });
  return { input, output, screen: () => screen };
}

const logTypes = (s: OpenedSession) =>
  readFileSync(s.log.path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { type: string; outcome?: string });

/** Listeners this module adds to the process, to see that they are all removed. */
const listening = () =>
  ['SIGINT', 'SIGHUP', 'SIGTERM', 'exit'].map((event) => process.listenerCount(event));

/** A call started on a terminal in memory, once its first screen is drawn. */
async function startedCall() {
  const s = await session();
  const term = terminal();
  const call = runLiveCall(s, { agent: 'ana', locale: 'en', clock: () => NOW, ...term });
  for (let i = 0; i < 200 && !term.screen().includes('Fixture Shop'); i++) {
    await new Promise((wait) => setTimeout(wait, 5));
  }
  expect(term.screen()).toContain('Fixture Shop');
  return { s, term, call };
}

/** The end lines in the log. */
const ends = (s: OpenedSession) => logTypes(s).filter((line) => line.type === 'end');

describe('runLiveCall', () => {
  it('settles when the agent ends the call, with the end on disk and no listener left', async () => {
    const before = listening();
    const { s, term, call } = await startedCall();
    term.input.write('e');
    term.input.write('1');
    await expect(call).resolves.toBeUndefined();
    expect(s.recorder.lastEnd).toMatchObject({ type: 'end', outcome: 'resolved' });
    expect(ends(s)).toHaveLength(1);
    expect(listening()).toEqual(before);
    s.log.close();
  });

  it('ends the call as aborted and tells the command it was interrupted on Ctrl-C', async () => {
    const before = listening();
    const { s, term, call } = await startedCall();
    term.input.write('\x03');
    const error = await call.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InterruptedError);
    expect(error).toMatchObject({ key: 'run.interrupted', params: { path: s.log.path } });
    expect(s.recorder.state.status).toBe('ended');
    expect(ends(s)).toEqual([expect.not.objectContaining({ outcome: expect.anything() })]);
    expect(listening()).toEqual(before);
    s.log.close();
  });

  it('writes the end line at once when the terminal goes away', async () => {
    const { s, term, call } = await startedCall();
    // Heard after the call's own listener: the end line must be on disk by then.
    let onDisk: string | undefined;
    term.input.on('end', () => {
      onDisk = logTypes(s).at(-1)?.type;
    });
    term.input.end();
    term.input.resume();
    const error = await call.catch((e: unknown) => e);
    expect(onDisk).toBe('end');
    expect(error).toBeInstanceOf(InterruptedError);
    expect((error as InterruptedError).key).toBe('run.interrupted');
    expect(logTypes(s).at(-1)?.type).toBe('end');
    expect(ends(s)).toHaveLength(1);
  });
});

describe('promptStopped', () => {
  it('knows the prompt stopped by Ctrl-C or a signal from a prompt that broke', () => {
    const named = (name: string) => Object.assign(new Error('x'), { name });
    expect(promptStopped(named('ExitPromptError'))).toBe(true);
    expect(promptStopped(named('AbortPromptError'))).toBe(true);
    expect(promptStopped(named('TypeError'))).toBe(false);
    expect(promptStopped('ExitPromptError')).toBe(false);
  });
});

describe('endQuietly', () => {
  it('ends the log once, as aborted', async () => {
    const s = await session();
    endQuietly(s, NOW + 1000);
    endQuietly(s, NOW + 2000);
    expect(ends(s)).toEqual([expect.not.objectContaining({ outcome: expect.anything() })]);
    expect(s.recorder.state.status).toBe('ended');
  });

  it('says nothing when the disk refuses the end line', async () => {
    const s = await session();
    const refusing = {
      ...s,
      recorder: {
        abort: () => {
          throw new Error('EIO');
        },
      },
    } as unknown as OpenedSession;
    expect(() => endQuietly(refusing, NOW)).not.toThrow();
    s.log.close();
  });
});
