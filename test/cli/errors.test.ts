/**
 * The one place that turns what a command threw into an exit status and a
 * message: each error class to its code, nothing printed for a failure the
 * command already reported, a stack trace only with --debug.
 */
import { ExitPromptError } from '@inquirer/core';
import { CommanderError } from 'commander';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorText } from '../../src/cli/error-text.js';
import { exitCodeOf } from '../../src/cli/exit-code.js';
import { FailureError, InterruptedError, UsageError } from '../../src/errors.js';
import { initI18n } from '../../src/i18n/index.js';
import { OutputError } from '../../src/io/output-error.js';
import { LogError } from '../../src/log/errors.js';

beforeAll(() => initI18n('en'));

const commander = (code: string, message = `error: unknown option '--nope'`) =>
  new CommanderError(1, code, message);

describe('exit codes', () => {
  it.each([
    ['a FailureError', new FailureError('run.errors.invalidScript'), 1],
    ['a failure of the log', new LogError('log.errors.denied', '/logs', 'EACCES'), 1],
    ['a UsageError', new UsageError('run.errors.notATty'), 2],
    ['an InterruptedError', new InterruptedError('run.interrupted', { path: 'x' }), 130],
    ['a reported failure', FailureError.alreadyReported(), 1],
    ['a reported usage error', UsageError.alreadyReported(), 2],
    ['a reported interruption', InterruptedError.alreadyReported(), 130],
    ['an unknown option', commander('commander.unknownOption'), 2],
    ['a missing argument', commander('commander.missingArgument'), 2],
    ['help', commander('commander.helpDisplayed', '(outputHelp)'), 0],
    ['the version', commander('commander.version', '0.1.0'), 0],
    ['a prompt closed by Ctrl-C', new ExitPromptError(), 130],
    ['output whose reader left', new OutputError({ code: 'EPIPE' }), 0],
    ['output on a full disk', new OutputError({ code: 'ENOSPC' }), 1],
    ['output that failed otherwise', new OutputError({ code: 'EIO' }), 1],
    ['anything else', new TypeError('x is undefined'), 1],
    ['a thrown string', 'boom', 1],
  ])('%s exits %i', (_, error, code) => {
    expect(exitCodeOf(error)).toBe(code);
  });
});

describe('what is printed', () => {
  it('is one line and its hint for a coach error, with no stack unless --debug', () => {
    const cause = new Error('EACCES: permission denied');
    const error = new LogError('log.errors.denied', '/logs/a.jsonl', 'EACCES', cause);
    const text = errorText(error, false);
    expect(text.split('\n')).toEqual([
      expect.stringMatching(/^coach: error: .*\/logs\/a\.jsonl/),
      expect.stringMatching(/^hint: /),
      '',
    ]);
    expect(errorText(error, true)).toBe(`${text}${cause.stack}\n`);
  });

  it('is nothing for a failure the command has already reported, even with --debug', () => {
    for (const error of [
      FailureError.alreadyReported(),
      UsageError.alreadyReported(),
      InterruptedError.alreadyReported(),
    ]) {
      expect(error.reported).toBe(true);
      expect(errorText(error, false)).toBe('');
      expect(errorText(error, true)).toBe('');
    }
    expect(new FailureError('run.errors.invalidScript').reported).toBe(false);
  });

  it('is a localized usage line for commander errors, and nothing for help', () => {
    expect(errorText(commander('commander.unknownOption'), false)).toBe(
      "coach: error: unknown option '--nope'\nhint: see 'coach --help' or 'coach <command> --help'\n",
    );
    expect(errorText(commander('commander.helpDisplayed', '(outputHelp)'), true)).toBe('');
  });

  it('names an unexpected error and shows where it happened only with --debug', () => {
    const error = new TypeError('x is undefined');
    const plain = errorText(error, false);
    expect(plain).toMatch(/^coach: error: .*x is undefined\nhint: .*--debug/);
    expect(plain).not.toMatch(/^\s+at /m);
    expect(errorText(error, true)).toBe(`${plain}${error.stack}\n`);
  });

  it('is nothing for output whose reader left, and one line for any other output failure', () => {
    expect(errorText(new OutputError({ code: 'EPIPE' }), true)).toBe('');
    expect(errorText(new OutputError({ code: 'ENOSPC' }), true)).toBe(
      'coach: error: could not write the output: no space left on the device\n',
    );
    expect(errorText(new OutputError({ code: 'EIO' }), false)).toBe(
      'coach: error: could not write the output (EIO)\n',
    );
  });

  it('is nothing for a prompt closed by Ctrl-C', () => {
    expect(errorText(new ExitPromptError(), true)).toBe('');
  });
});
