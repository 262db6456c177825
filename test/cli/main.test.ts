/**
 * main is the one place that ends the process: it sets the exit status from what
 * the command threw and, after an interruption, makes sure the process leaves
 * even if a dead terminal keeps a handle open. No other source file exits.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { InterruptedError } from '../../src/errors.js';
import { SRC } from '../architecture/source-graph.js';

const thrown = vi.hoisted(() => ({ error: undefined as unknown }));

// `coach schema` stands for any command: here it throws what the test asks.
vi.mock('../../src/commands/schema.js', () => ({
  default: async () => {
    if (thrown.error !== undefined) throw thrown.error;
  },
}));

const { main } = await import('../../src/cli/main.js');

let stderr: string;

beforeEach(() => {
  stderr = '';
  thrown.error = undefined;
  vi.useFakeTimers();
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

const schema = () => main(['node', 'coach', '--lang', 'en', 'schema']);

describe('main', () => {
  it('exits 0 when the command succeeds, and does not force the exit', async () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation(() => undefined as never);
    await schema();
    expect(process.exitCode).toBe(0);
    vi.advanceTimersByTime(60_000);
    expect(exit).not.toHaveBeenCalled();
    expect(stderr).toBe('');
  });

  it('exits 2 on a usage error of commander, with one line and a hint', async () => {
    await main(['node', 'coach', '--lang', 'en', 'schema', '--nope']);
    expect(process.exitCode).toBe(2);
    expect(stderr).toBe(
      "coach: error: unknown option '--nope'\nhint: see 'coach --help' or 'coach <command> --help'\n",
    );
  });

  it('after an interrupted command, exits 130 and forces the exit a second later', async () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation(() => undefined as never);
    thrown.error = new InterruptedError('run.interrupted', { path: '/logs/a.jsonl' });
    await schema();
    expect(process.exitCode).toBe(130);
    expect(stderr).toMatch(/^coach: error: .*\/logs\/a\.jsonl\n$/);
    vi.advanceTimersByTime(999);
    expect(exit).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(exit).toHaveBeenCalledWith(130);
  });
});

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

describe('the rest of the program', () => {
  it('never ends the process nor sets its exit status', () => {
    const exiting = sources(SRC)
      .filter((file) => /process\s*\.\s*exit(Code)?\b/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(SRC, file).split('\\').join('/'));
    expect(exiting).toEqual(['cli/main.ts']);
  });

  it('has commands that return nothing: no exit code leaves a handler', () => {
    const commands = sources(join(SRC, 'commands'));
    const returning = commands.filter((file) =>
      /\breturn\s+(0|1|2|130)\s*;/.test(readFileSync(file, 'utf8')),
    );
    expect(returning).toEqual([]);
  });
});
