/**
 * What the user reads when a command line fails: one localized line and a hint,
 * never a stack trace unless --debug, and nothing at all for a failure the
 * command has already reported (or help, which commander has printed), or for
 * output whose reader left.
 */
import { CommanderError } from 'commander';
import { CoachError } from '../errors.js';
import { t } from '../i18n/index.js';
import { OutputError } from '../io/output-error.js';
import { sanitizeLine } from '../text/sanitize.js';
import { exitCodeOf, isPromptExit } from './exit-code.js';

const COMMANDER_ERRORS: Readonly<Record<string, string>> = {
  'commander.unknownOption': 'errors.usage.unknownOption',
  'commander.unknownCommand': 'errors.usage.unknownCommand',
  'commander.missingArgument': 'errors.usage.missingArgument',
  'commander.optionMissingArgument': 'errors.usage.optionMissingArgument',
  'commander.missingMandatoryOptionValue': 'errors.usage.optionMissingArgument',
  'commander.excessArguments': 'errors.usage.excessArguments',
  'commander.invalidArgument': 'errors.usage.invalidArgument',
};

function lines(message: string, hint?: string): string {
  const first = `${t('errors.prefix')} ${sanitizeLine(message)}\n`;
  return hint ? `${first}${t('errors.hintPrefix')} ${sanitizeLine(hint)}\n` : first;
}

const stackOf = (error: unknown, debug: boolean) =>
  debug && error instanceof Error && error.stack ? `${error.stack}\n` : '';

/** The text to write to stderr for `error`; empty when there is nothing to add. */
export function errorText(error: unknown, debug: boolean): string {
  if (error instanceof CommanderError) {
    if (exitCodeOf(error) === 0) return '';
    const key = COMMANDER_ERRORS[error.code] ?? 'errors.usage.generic';
    const detail = /'([^']*)'/.exec(error.message)?.[1] ?? error.message;
    return lines(t(key, { detail }), t('errors.usage.hint'));
  }
  if (error instanceof CoachError) {
    if (error.reported) return '';
    const hint = error.hint ? t(error.hint, error.hintParams) : undefined;
    return lines(t(error.key, error.params), hint) + stackOf(error.cause, debug);
  }
  if (error instanceof OutputError) {
    if (error.readerLeft) return '';
    const key = error.code === 'ENOSPC' ? 'errors.output.full' : 'errors.output.failed';
    return lines(t(key, { code: error.code }));
  }
  if (isPromptExit(error)) return '';
  const message = error instanceof Error ? error.message : String(error);
  return lines(t('errors.unexpected', { message }), t('errors.debugHint')) + stackOf(error, debug);
}
