import { afterEach, describe, expect, it } from 'vitest';
import { disposeAll, startCoach } from './harness.js';

afterEach(disposeAll);

const ALLOWED_CONTROLS = new Set(['\t', '\n', '\r', '\x1b']);

/** Control characters that would leave the terminal in a strange state (styling escapes aside). */
function strayControls(text: string): string[] {
  const stray = [...text].filter((ch) => (ch < ' ' || ch === '\x7f') && !ALLOWED_CONTROLS.has(ch));
  // Operating-system commands (window title, clipboard) are never ours to send.
  return text.includes('\x1b]') ? [...stray, 'OSC'] : stray;
}

describe('the harness runs the built coach in a terminal', () => {
  it('shows the usage and every command for --help', async () => {
    const s = startCoach(['--lang', 'en', '--help'], { rows: 40 });
    expect(await s.exited).toEqual({ exitCode: 0 });
    const screen = s.screen();
    expect(screen).toContain('Usage: coach');
    for (const command of ['run', 'validate', 'new', 'schema', 'help']) {
      expect(screen).toMatch(new RegExp(`^  ${command} `, 'm'));
    }
    expect(strayControls(s.output)).toEqual([]);
  });

  it('speaks Polish with --lang pl', async () => {
    const s = startCoach(['--lang', 'pl', '--help'], { rows: 40 });
    await s.waitFor('Użycie:');
    expect(await s.exited).toEqual({ exitCode: 0 });
    expect(s.screen()).not.toContain('Usage:');
  });

  it('prints the version and exits 0', async () => {
    const s = startCoach(['--version']);
    expect(await s.exited).toEqual({ exitCode: 0 });
    expect(s.lines()[0]).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('fits Bengali help into a 40-column window', async () => {
    const s = startCoach(['--lang', 'bn', '--help'], { cols: 40, rows: 60 });
    expect(await s.exited).toEqual({ exitCode: 0 });
    expect(s.screen()).toContain('ব্যবহার:');
    for (const width of s.lineWidths()) expect(width).toBeLessThanOrEqual(40);
    // The description is laid out for the window: the terminal never had to wrap it.
    const firstSection = s.lines().indexOf('অপশন:');
    expect(firstSection).toBeGreaterThan(2);
    expect(
      s.wrappedRows().filter((row) => row < firstSection),
      s.screen(),
    ).toEqual([]);
  });

  it('puts the screen in the error when a wait times out', async () => {
    const s = startCoach(['--version']);
    await s.exited;
    await expect(s.waitFor('no such text', 50)).rejects.toThrow(/0\.1\.0|\d+\.\d+\.\d+/);
  });

  it('rejects an unknown option with exit code 2 and one error line', async () => {
    const s = startCoach(['--lang', 'en', '--bogus']);
    expect(await s.exited).toEqual({ exitCode: 2 });
    const printed = s.lines().filter((line) => line !== '');
    expect(printed.filter((line) => /error/i.test(line))).toEqual([
      expect.stringContaining('--bogus'),
    ]);
    expect(printed.length).toBeLessThanOrEqual(2);
    expect(s.screen()).not.toMatch(/^\s+at /m);
  });
});
