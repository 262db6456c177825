/**
 * Which command the command line names, found before commander parses it, so that
 * only that command is set up (see buildProgram).
 */

/** Commands of coach. */
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
