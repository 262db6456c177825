/**
 * `coach run` in a real terminal given what agents' terminals really send: pastes
 * (bracketed, as the terminal wraps them once coach asks), Esc and a key in one
 * read (tmux, slow links), a window too small, TERM=dumb and LANG=C, and SIGTERM
 * in the middle of a long paste.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { disposeAll, type Session, startCoach } from './harness.js';
import { eventKeys, readLog } from './log.js';
import { ROOT } from './sandbox.js';

afterEach(disposeAll);

const CALL = join(ROOT, 'test/e2e/fixtures', 'call.yaml');
const HELLO = 'Hello, thank you for calling Fixture Shop.';
/** A cursor movement, a clear, or a private mode (alternate screen, bracketed paste). */
const CURSOR_OR_MODE = new RegExp(`${String.fromCharCode(27)}\\[(\\d*;?\\d*[HJ]|\\?)`);
const paste = (text: string) => `\x1b[200~${text}\x1b[201~`;

function startCall(opts: Parameters<typeof startCoach>[1] = {}): Session {
  return startCoach(['--lang', 'en', 'run', CALL], opts);
}

async function pressAndRedraw(s: Session, keys: string): Promise<void> {
  const before = s.screen();
  s.write(keys);
  await s.waitForChange(before);
}

describe('coach run given pastes and bursts', () => {
  it('turns bracketed paste on, and a paste of lines is a note, never keys', async () => {
    const s = startCall();
    await s.waitFor(HELLO);
    expect(s.output).toContain('\x1b[?2004h');
    await pressAndRedraw(s, paste('please refund 2 items\r'));
    await s.waitFor('A paste only goes into a text field');
    await pressAndRedraw(s, 'n');
    await pressAndRedraw(s, paste('please refund\r2 items e'));
    await s.waitFor('please refund 2 items e');
    await pressAndRedraw(s, '\r');
    await s.waitFor(/Note +please refund 2 items e/);
    s.write('\x03');
    expect((await s.exited).exitCode).toBe(130);
    const log = readLog(s.logDir);
    expect(log.filter((line) => line.type === 'note').map((line) => line.text)).toEqual([
      'please refund 2 items e',
    ]);
    expect(eventKeys(log)).not.toContain('end:completed');
    expect(s.output.endsWith('\x1b[?2004l') || s.output.includes('\x1b[?2004l')).toBe(true);
  });

  it('stops a plain burst at the panel it opens, and reads Esc then a digit as Esc', async () => {
    const s = startCall();
    await s.waitFor(HELLO);
    await pressAndRedraw(s, 'please refund 2 items\r');
    await s.waitFor('How did the call end?');
    await pressAndRedraw(s, '\x1b2');
    await s.waitFor('no options or checklist');
    expect(s.screen()).not.toContain('How did the call end?');
    s.write('\x03');
    await s.exited;
    const types = readLog(s.logDir).map((line) => line.type);
    expect(types).not.toContain('choice');
    expect(readLog(s.logDir).at(-1)).toMatchObject({ type: 'end', status: 'aborted' });
  });

  it('writes the end line when SIGTERM comes in the middle of a 200,000-character paste', async () => {
    const s = startCall();
    await s.waitFor(HELLO);
    await pressAndRedraw(s, 'n');
    // Half of it sent, as a terminal hands a long paste over in pieces; the rest never comes.
    s.write('\x1b[200~');
    for (let sent = 0; sent < 100_000; sent += 4096) {
      s.write('x'.repeat(4096));
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    s.kill('SIGTERM');
    expect((await s.exited).exitCode).toBe(130);
    expect(readLog(s.logDir).at(-1)).toMatchObject({ type: 'end', status: 'aborted' });
  });
});

describe('coach run in small and plain terminals', () => {
  it('asks for a bigger window below 40x12 and still takes keys, then draws the call when it grows', async () => {
    const s = startCall({ cols: 30, rows: 20 });
    await s.waitFor('too small');
    expect(s.wrappedRows()).toEqual([]);
    s.write('\r');
    s.resize(80, 24);
    await s.waitFor('Learn the name');
    expect(s.screen()).toContain('Step 2 of');
  });

  it('prints plain ASCII lines with TERM=dumb and LANG=C, with no cursor addressing', async () => {
    const s = startCall({ env: { TERM: 'dumb', LANG: 'C', LC_ALL: 'C' } });
    await s.waitFor(HELLO);
    await pressAndRedraw(s, '\r');
    await s.waitFor('Learn the name');
    s.write('\x03');
    await s.exited;
    // No cursor movement, no private modes, and only ASCII from the screen itself.
    expect(s.output).not.toMatch(CURSOR_OR_MODE);
    expect(s.output).not.toMatch(/[─▶✓·↷◐›]/);
    expect(s.output).toContain('> Greeting');
  });
});
