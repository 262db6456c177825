/**
 * The command line's shape: every command, its options and help text (as i18n
 * keys, translated only when help is shown), each handler loaded only when its
 * command runs. The options declared here are the ones each command's options
 * interface names (src/commands/*.ts).
 */
import { Command, Option } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import { t } from '../i18n/index.js';
import { HELP } from './help.js';
import { addTeamCommands } from './team-commands.js';
import { collect, lazy, quiet } from './wiring.js';

/** A paragraph of help, wrapped to the window as commander wraps its own. */
function wrapped(command: Command, text: string): string {
  const help = command.createHelp();
  return help.boxWrap(text, (help.helpWidth ?? process.stdout.columns ?? 80) - 1);
}

/** The filters with which `sessions` and `report` read logs (ReadingOptions). */
function withFilters(command: Command): Command {
  return command
    .option('--agent <name>', 'cli.options.filterAgent')
    .option('--script <id>', 'cli.options.filterScript')
    .option('--locale <locale>', 'cli.options.filterLocale')
    .option('--status <status>', 'cli.options.filterStatus')
    .option('--skipped <step-or-stage>', 'cli.options.filterSkipped')
    .option('--since <when>', 'cli.options.since')
    .option('--until <when>', 'cli.options.until')
    .option('--answers', 'cli.options.filterAnswers')
    .option('--no-answers', 'cli.options.filterNoAnswers')
    .option('--log-dir <dir>', 'cli.options.readLogDir');
}

/**
 * With `only`, just that command is set up: building all of them on every start
 * costs more than running most commands needs. Help, `help <command>` and typos
 * get the whole program.
 */
export function buildProgram(only?: string): Command {
  const wanted = (name: string) => only === undefined || only === name;
  const program = quiet(new Command('coach'))
    .description('cli.description')
    .version(pkg.version, '-V, --version', 'cli.options.version')
    .helpCommand('help [command]', 'cli.commands.help')
    .option('--lang <locale>', 'cli.options.lang')
    .option('--debug', 'cli.options.debug')
    .addOption(new Option('--no-color', 'cli.options.noColor'))
    .showSuggestionAfterError(false)
    .configureHelp(HELP);
  const sub = (name: string) => quiet(program.command(name));

  if (wanted('run')) {
    sub('run [script]')
      .description('cli.commands.run')
      .option('--agent <name>', 'cli.options.agent')
      .option('--var <name=value>', 'cli.options.var', collect)
      .option('--log-dir <dir>', 'cli.options.logDir')
      .option('--log-pii', 'cli.options.logPii')
      .option('--scripts <dir>', 'cli.options.scripts')
      .option('--answers <file>', 'cli.options.answers')
      // The answers file's format, where its users look for it (docs/answers-format.md).
      .addHelpText('after', ({ command }) => `\n${wrapped(command, t('cli.help.runAnswers'))}\n`)
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

  if (wanted('sessions')) {
    withFilters(sub('sessions [paths...]').description('cli.commands.sessions'))
      .option('--json', 'cli.options.json')
      .option('--db <url>', 'cli.options.readDb')
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
      .option('--db <url>', 'cli.options.readDb')
      .action(lazy(() => import('../commands/replay.js')));
  }

  if (wanted('report')) {
    withFilters(sub('report [paths...]').description('cli.commands.report'))
      .option('--by <dimension>', 'cli.options.by')
      .option('--format <format>', 'cli.options.format')
      .option('--out <file>', 'cli.options.out')
      .option('--db <url>', 'cli.options.readDb')
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
      quiet(i18n.command(name, options));
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

  addTeamCommands(sub, wanted);

  if (wanted('schema')) {
    sub('schema')
      .description('cli.commands.schema')
      .action(lazy(() => import('../commands/schema.js')));
  }

  return program;
}
