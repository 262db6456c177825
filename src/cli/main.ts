/**
 * The entry point: sets the language, runs the command line built in program.ts,
 * and is the one place that turns errors into messages and exit codes.
 */
import { CommanderError } from 'commander';
import { CoachError, type ExitCode, UsageError } from '../errors.js';
import { detectLocale, initI18n, LOCALES, localeFromTag, t } from '../i18n/index.js';
import { sanitizeLine } from '../text/sanitize.js';
import { buildProgram, handlerExitCode, invokedCommand } from './program.js';

export type { CommandContext, Handler } from './program.js';

function optionValue(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === name) return argv[i + 1];
    if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1);
  }
  return undefined;
}

const COMMANDER_ERRORS: Readonly<Record<string, string>> = {
  'commander.unknownOption': 'errors.usage.unknownOption',
  'commander.unknownCommand': 'errors.usage.unknownCommand',
  'commander.missingArgument': 'errors.usage.missingArgument',
  'commander.optionMissingArgument': 'errors.usage.optionMissingArgument',
  'commander.missingMandatoryOptionValue': 'errors.usage.optionMissingArgument',
  'commander.excessArguments': 'errors.usage.excessArguments',
  'commander.invalidArgument': 'errors.usage.invalidArgument',
};

function printError(message: string, hint?: string): void {
  process.stderr.write(`${t('errors.prefix')} ${sanitizeLine(message)}\n`);
  if (hint) process.stderr.write(`${t('errors.hintPrefix')} ${sanitizeLine(hint)}\n`);
}

/** Maps anything thrown to a printed line and an exit code. */
export function reportError(error: unknown, debug: boolean): ExitCode {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return 0;
    if (error.code === 'commander.help') return 0;
    const key = COMMANDER_ERRORS[error.code] ?? 'errors.usage.generic';
    const detail = /'([^']*)'/.exec(error.message)?.[1] ?? error.message;
    printError(t(key, { detail }), t('errors.usage.hint'));
    return 2;
  }
  if (error instanceof CoachError) {
    printError(
      t(error.key, error.params),
      error.hint ? t(error.hint, error.hintParams) : undefined,
    );
    if (debug && error.cause instanceof Error) process.stderr.write(`${error.cause.stack}\n`);
    return error.exitCode;
  }
  if (error instanceof Error && error.name === 'ExitPromptError') return 130;
  printError(
    t('errors.unexpected', { message: error instanceof Error ? error.message : String(error) }),
    t('errors.debugHint'),
  );
  if (debug && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  return 1;
}

export async function main(argv: readonly string[]): Promise<void> {
  const langFlag = optionValue(argv, '--lang');
  initI18n(detectLocale(langFlag, process.env));
  const debug = argv.includes('--debug');
  let code: ExitCode;
  try {
    if (langFlag !== undefined && !localeFromTag(langFlag)) {
      throw new UsageError(
        'errors.badLang',
        { lang: langFlag },
        { hint: 'errors.badLangHint', hintParams: { locales: LOCALES.join(', ') } },
      );
    }
    await buildProgram(invokedCommand(argv.slice(2))).parseAsync([...argv]);
    code = handlerExitCode();
  } catch (error) {
    code = reportError(error, debug);
  }
  process.exitCode = code;
}
