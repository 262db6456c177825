/**
 * Wires the commands and nothing else: each handler is loaded only when its command
 * runs, and this file is the one place that turns errors into exit codes.
 */
import { Command, CommanderError, Help, Option } from 'commander';
import pkg from '../package.json' with { type: 'json' };
import { CoachError, type ExitCode, UsageError } from './errors.js';
import { detectLocale, initI18n, LOCALES, localeFromTag, t } from './i18n/index.js';
import { sanitizeLine } from './text/sanitize.js';

export interface CommandContext {
  /** Positional arguments as commander parsed them. */
  readonly args: readonly unknown[];
  /** Options of the command merged with the global ones. */
  readonly opts: Readonly<Record<string, unknown>>;
}

export type Handler = (ctx: CommandContext) => Promise<ExitCode | undefined>;

type HandlerModule = { readonly default: Handler };

let exitCode: ExitCode = 0;

function lazy(load: () => Promise<HandlerModule>) {
  return async (...params: unknown[]) => {
    const command = params.at(-1) as Command;
    const { default: handler } = await load();
    exitCode =
      (await handler({ args: command.processedArgs, opts: command.optsWithGlobals() })) ?? 0;
  };
}

const HELP_TITLES: Readonly<Record<string, string>> = {
  'Usage:': 'cli.help.usage',
  'Options:': 'cli.help.options',
  'Commands:': 'cli.help.commands',
  'Arguments:': 'cli.help.arguments',
  'Global Options:': 'cli.help.globalOptions',
};

function styleTitle(title: string): string {
  const key = HELP_TITLES[title];
  return key ? t(key) : title;
}

/** Below this many columns for descriptions, they go on their own lines under the term. */
const NARROW_DESCRIPTION = 30;

/** Commander gives up wrapping in narrow windows; put each description under its term instead. */
function formatItem(term: string, termWidth: number, description: string, helper: Help): string {
  const width = helper.helpWidth ?? 80;
  if (!description || width - termWidth - 4 >= NARROW_DESCRIPTION) {
    return Help.prototype.formatItem.call(helper, term, termWidth, description, helper);
  }
  const indent = '    ';
  const body = helper.boxWrap(description, Math.max(10, width - indent.length));
  return `  ${term}\n${body.replace(/^/gm, indent)}`;
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

export function buildProgram(): Command {
  const program = new Command('coach')
    .description('cli.description')
    .version(pkg.version, '-V, --version', 'cli.options.version')
    .helpOption('-h, --help', 'cli.options.help')
    .helpCommand('help [command]', 'cli.commands.help')
    .option('--lang <locale>', 'cli.options.lang')
    .option('--debug', 'cli.options.debug')
    .addOption(new Option('--no-color', 'cli.options.noColor'))
    .showSuggestionAfterError(false)
    .exitOverride()
    .configureOutput({ writeErr: () => {}, outputError: () => {} })
    .configureHelp({
      styleTitle,
      formatItem,
      minWidthToWrap: 10,
      // Descriptions are i18n keys, translated only when help is shown: a command that
      // runs never pays for translating every description.
      commandDescription: (cmd) => t(cmd.description()),
      subcommandDescription: (cmd) => t(cmd.description()),
      optionDescription: (option) => t(option.description),
    });

  const sub = (name: string) =>
    program
      .command(name)
      .helpOption('-h, --help', 'cli.options.help')
      .exitOverride()
      .configureOutput({ writeErr: () => {}, outputError: () => {} });

  sub('run [script]')
    .description('cli.commands.run')
    .option('--agent <name>', 'cli.options.agent')
    .option('--var <name=value>', 'cli.options.var', collect)
    .option('--log-dir <dir>', 'cli.options.logDir')
    .option('--log-pii', 'cli.options.logPii')
    .option('--scripts <dir>', 'cli.options.scripts')
    .option('--answers <file>', 'cli.options.answers')
    .action(lazy(() => import('./commands/run.js')));

  sub('validate <paths...>')
    .description('cli.commands.validate')
    .option('--json', 'cli.options.json')
    .option('--strict', 'cli.options.strict')
    .action(lazy(() => import('./commands/validate.js')));

  sub('new <file>')
    .description('cli.commands.new')
    .option('--id <id>', 'cli.options.id')
    .option('--locales <list>', 'cli.options.locales')
    .option('--title <title>', 'cli.options.title')
    .option('--force', 'cli.options.force')
    .action(lazy(() => import('./commands/new.js')));

  const withFilters = (command: Command) =>
    command
      .option('--agent <name>', 'cli.options.filterAgent')
      .option('--script <id>', 'cli.options.filterScript')
      .option('--locale <locale>', 'cli.options.filterLocale')
      .option('--status <status>', 'cli.options.filterStatus')
      .option('--skipped <step-or-stage>', 'cli.options.filterSkipped')
      .option('--since <when>', 'cli.options.since')
      .option('--until <when>', 'cli.options.until')
      .option('--log-dir <dir>', 'cli.options.readLogDir');

  withFilters(sub('sessions [paths...]').description('cli.commands.sessions'))
    .option('--json', 'cli.options.json')
    .action(lazy(() => import('./commands/sessions.js')));

  sub('replay <session>')
    .description('cli.commands.replay')
    .option('--speed <n>', 'cli.options.speed')
    .option('--max-idle <seconds>', 'cli.options.maxIdle')
    .option('--summary', 'cli.options.summary')
    .option('--export <format-and-file...>', 'cli.options.export')
    .option('--log-dir <dir>', 'cli.options.readLogDir')
    .action(lazy(() => import('./commands/replay.js')));

  withFilters(sub('report [paths...]').description('cli.commands.report'))
    .option('--by <dimension>', 'cli.options.by')
    .option('--format <format>', 'cli.options.format')
    .option('--out <file>', 'cli.options.out')
    .action(lazy(() => import('./commands/report.js')));

  sub('preview <script>')
    .description('cli.commands.preview')
    .option('--format <format>', 'cli.options.previewFormat')
    .option('--scripts <dir>', 'cli.options.scripts')
    .option('--var <name=value>', 'cli.options.var', collect)
    .option('--out <file>', 'cli.options.out')
    .action(lazy(() => import('./commands/preview.js')));

  const i18n = sub('i18n').description('cli.commands.i18n');
  const i18nSub = (name: string, options?: { isDefault: boolean }) =>
    i18n
      .command(name, options)
      .helpOption('-h, --help', 'cli.options.help')
      .exitOverride()
      .configureOutput({ writeErr: () => {}, outputError: () => {} });
  i18nSub('coverage [paths...]', { isDefault: true })
    .description('cli.commands.i18nCoverage')
    .option('--json', 'cli.options.json')
    .option('--check', 'cli.options.i18nCheck')
    .action(lazy(() => import('./commands/i18n-coverage.js')));
  i18nSub('confirm <paths...>')
    .description('cli.commands.i18nConfirm')
    .option('--locale <locale>', 'cli.options.i18nLocale')
    .option('--step <id>', 'cli.options.i18nStep')
    .action(lazy(() => import('./commands/i18n-confirm.js')));
  i18nSub('export <paths...>')
    .description('cli.commands.i18nExport')
    .option('--locale <locale>', 'cli.options.i18nLocale')
    .option('--format <format>', 'cli.options.i18nFormat')
    .option('--out <file>', 'cli.options.out')
    .action(lazy(() => import('./commands/i18n-export.js')));
  i18nSub('import <file> [paths...]')
    .description('cli.commands.i18nImport')
    .action(lazy(() => import('./commands/i18n-import.js')));

  sub('schema')
    .description('cli.commands.schema')
    .action(lazy(() => import('./commands/schema.js')));

  return program;
}

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
    await buildProgram().parseAsync([...argv]);
    code = exitCode;
  } catch (error) {
    code = reportError(error, debug);
  }
  process.exitCode = code;
}
