/**
 * The exit status of a command line that failed with `error` (success is 0):
 * 1 a FailureError, output that could not be written, or anything unexpected;
 * 2 a UsageError or commander's usage errors; 130 an InterruptedError or a
 * prompt stopped by Ctrl-C. Help and the version, which commander ends by
 * throwing, are a success, and so is output whose reader left (EPIPE).
 */
import { CommanderError } from 'commander';
import { CoachError, type ExitCode } from '../errors.js';
import { OutputError } from '../io/output-error.js';

const SUCCESS = new Set(['commander.helpDisplayed', 'commander.version', 'commander.help']);

/** @inquirer/core's error when Ctrl-C or a signal closes a prompt. */
export const isPromptExit = (error: unknown): boolean =>
  error instanceof Error && error.name === 'ExitPromptError';

export function exitCodeOf(error: unknown): ExitCode {
  if (error instanceof CommanderError) return SUCCESS.has(error.code) ? 0 : 2;
  // A reader that left (`| head`) took all it wanted: that is a success.
  if (error instanceof OutputError) return error.readerLeft ? 0 : 1;
  if (error instanceof CoachError) return error.exitCode;
  if (isPromptExit(error)) return 130;
  return 1;
}
