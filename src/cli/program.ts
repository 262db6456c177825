/**
 * The command line's shape: every command, its options and help text (as i18n
 * keys, translated only when help is shown), each handler loaded only when its
 * command runs.
 */
import { Command, Help, Option } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import type { ExitCode } from '../errors.js';
import { t } from '../i18n/index.js';

export interface CommandContext {
  /** Positional arguments as commander parsed them. */
  readonly args: readonly unknown[];
  /** Options of the command merged with the global ones. */
  readonly opts: Readonly<Record<string, unknown>>;
}

export type Handler = (ctx: CommandContext) => Promise<ExitCode | undefined>;

type HandlerModule = { readonly default: Handler };

let exitCode: ExitCode = 0;

/** The exit code the handler that ran returned. */
export function handlerExitCode(): ExitCode {
  return exitCode;
}

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

/** Commands of coach, in the order help lists them. */
const COMMANDS = [
  'run',
  'validate',
  'new',
  'sessions',
  'replay',
  'report',
  'preview',
  'i18n',
  'schema',
];

/** The command named on the command line, if it is one of ours. */
export function invokedCommand(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--lang') i++;
    else if (!arg.startsWith('-')) return COMMANDS.includes(arg) ? arg : undefined;
  }
  return undefined;
}

/**
 * With `only`, just that command is set up: building all of them on every start
 * costs more than running most commands needs. Help, `help <command>` and typos
 * get the whole program.
 */
export function buildProgram(only?: string): Command {
  const wanted = (name: string) => only === undefined || only === name;
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

  if (wanted('run')) {
    sub('run [script]')
      .description('cli.commands.run')
      .option('--agent <name>', 'cli.options.agent')
      .option('--var <name=value>', 'cli.options.var', collect)
      .option('--log-dir <dir>', 'cli.options.logDir')
      .option('--log-pii', 'cli.options.logPii')
      .option('--scripts <dir>', 'cli.options.scripts')
      .option('--answers <file>', 'cli.options.answers')
      .action(lazy(() => import('../commands/run.js')));
  }

  if (wanted('validate')) {
    sub('validate <paths...>')
      .description('cli.commands.validate')
      .option('--json', 'cli.options.json')
      .option('--strict', 'cli.options.strict')
      .action(lazy(() => import('../commands/validate.js')));
  }

  if (wanted('new')) {
    sub('new <file>')
      .description('cli.commands.new')
      .option('--id <id>', 'cli.options.id')
      .option('--locales <list>', 'cli.options.locales')
      .option('--title <title>', 'cli.options.title')
      .option('--force', 'cli.options.force')
      .action(lazy(() => import('../commands/new.js')));
  }

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

  if (wanted('sessions')) {
    withFilters(sub('sessions [paths...]').description('cli.commands.sessions'))
      .option('--json', 'cli.options.json')
      .action(lazy(() => import('../commands/sessions.js')));
  }

  if (wanted('replay')) {
    sub('replay <session>')
      .description('cli.commands.replay')
      .option('--speed <n>', 'cli.options.speed')
      .option('--max-idle <seconds>', 'cli.options.maxIdle')
      .option('--summary', 'cli.options.summary')
      .option('--export <format-and-file...>', 'cli.options.export')
      .option('--log-dir <dir>', 'cli.options.readLogDir')
      .action(lazy(() => import('../commands/replay.js')));
  }

  if (wanted('report')) {
    withFilters(sub('report [paths...]').description('cli.commands.report'))
      .option('--by <dimension>', 'cli.options.by')
      .option('--format <format>', 'cli.options.format')
      .option('--out <file>', 'cli.options.out')
      .action(lazy(() => import('../commands/report.js')));
  }

  if (wanted('preview')) {
    sub('preview <script>')
      .description('cli.commands.preview')
      .option('--format <format>', 'cli.options.previewFormat')
      .option('--scripts <dir>', 'cli.options.scripts')
      .option('--var <name=value>', 'cli.options.var', collect)
      .option('--out <file>', 'cli.options.out')
      .action(lazy(() => import('../commands/preview.js')));
  }

  if (wanted('i18n')) {
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
      .action(lazy(() => import('../commands/i18n-coverage.js')));
    i18nSub('confirm <paths...>')
      .description('cli.commands.i18nConfirm')
      .option('--locale <locale>', 'cli.options.i18nLocale')
      .option('--step <id>', 'cli.options.i18nStep')
      .action(lazy(() => import('../commands/i18n-confirm.js')));
    i18nSub('export <paths...>')
      .description('cli.commands.i18nExport')
      .option('--locale <locale>', 'cli.options.i18nLocale')
      .option('--format <format>', 'cli.options.i18nFormat')
      .option('--out <file>', 'cli.options.out')
      .action(lazy(() => import('../commands/i18n-export.js')));
    i18nSub('import <file> [paths...]')
      .description('cli.commands.i18nImport')
      .action(lazy(() => import('../commands/i18n-import.js')));
  }

  if (wanted('schema')) {
    sub('schema')
      .description('cli.commands.schema')
      .action(lazy(() => import('../commands/schema.js')));
  }

  return program;
}
