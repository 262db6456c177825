/**
 * Loading the script of `coach run` and `coach preview` prints nothing: an invalid
 * script is an error that carries its diagnostics, and the command prints them.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FailureError } from '../../src/errors.js';
import {
  InvalidScriptError,
  loadScript,
  locateScript,
} from '../../src/script-files/load-script.js';
import { ROOT } from './cli.js';

afterEach(() => vi.restoreAllMocks());

function silenced() {
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  return { stdout, stderr };
}

describe('loadScript', () => {
  it('throws the diagnostics of an invalid script without printing them', async () => {
    const output = silenced();
    const path = join(ROOT, 'test/fixtures/scripts/errors.yaml');
    const error = await loadScript(path, false).catch((e: unknown) => e);
    expect(output.stdout).not.toHaveBeenCalled();
    expect(output.stderr).not.toHaveBeenCalled();
    expect(error).toBeInstanceOf(InvalidScriptError);
    expect(error).toBeInstanceOf(FailureError);
    const invalid = error as InvalidScriptError;
    expect(invalid.path).toBe(path);
    expect(invalid.source).toContain('colour: blue');
    expect(invalid.diagnostics.map((d) => [d.code, d.start.line, d.start.col])).toEqual(
      expect.arrayContaining([
        ['UNKNOWN_KEY', 8, 5],
        ['MISSING_STEP', 13, 11],
      ]),
    );
    expect(invalid.diagnostics.every((d) => d.severity === 'error')).toBe(true);
    expect(invalid).toMatchObject({
      key: 'run.errors.invalidScript',
      params: { path, count: invalid.diagnostics.length },
      hint: 'run.errors.invalidScriptHint',
    });
  });

  it('loads a shipped script found by id', async () => {
    const located = locateScript('service-cycle', undefined, {});
    expect(located.builtin).toBe(true);
    const loaded = await loadScript(located.path, located.builtin);
    expect(loaded.script.id).toBe('service-cycle');
  });
});
