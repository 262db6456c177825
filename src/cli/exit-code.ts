/**
 * The exit status of a command line that failed with `error` (success is 0):
 * 1 a FailureError or anything unexpected, 2 a UsageError or commander's usage
 * errors, 130 an InterruptedError or a prompt stopped by Ctrl-C. Help and the
 * version, which commander ends by throwing, are a success.
 */
import { CommanderError } from 'commander';
import { CoachError, type ExitCode } from '../errors.js';

const SUCCESS = new Set(['commander.helpDisplayed', 'commander.version', 'commander.help']);

/** @inquirer/core's error when Ctrl-C or a signal closes a prompt. */
export const isPromptExit = (error: unknown): boolean =>
  error instanceof Error && error.name === 'ExitPromptError';

export function exitCodeOf(error: unknown): ExitCode {
  if (error instanceof CommanderError) return SUCCESS.has(error.code) ? 0 : 2;
  if (error instanceof CoachError) return error.exitCode;
  if (isPromptExit(error)) return 130;
  return 1;
}
