/**
 * The entry point (bin/coach.js only calls `main`): sets the language, runs the
 * command line built in program.ts, and is the one place that turns what a
 * command threw, or output that could not be written, into a message
 * (error-text.ts) and an exit status (exit-code.ts), and the one place that ends
 * the process.
 */
import { type ExitCode, UsageError } from '../errors.js';
import { detectLocale, initI18n, LOCALES, localeFromTag } from '../i18n/index.js';
import { createSink } from '../io/sink.js';
import { errorText } from './error-text.js';
import { exitCodeOf } from './exit-code.js';
import { invokedCommand } from './invoked-command.js';
import { buildProgram } from './program.js';

/** How long an interrupted command may take to leave on its own before it is made to. */
const FORCED_EXIT_MS = 1000;

function optionValue(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === name) return argv[i + 1];
    if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1);
  }
  return undefined;
}

/** Ends the process with `code` once what is pending is written. */
function exit(code: ExitCode): void {
  process.exitCode = code;
  // A dead terminal (a closed window) may keep a handle open after an interrupted
  // call has closed its log: leave anyway.
  if (code === 130) setTimeout(() => process.exit(code), FORCED_EXIT_MS).unref();
}

export async function main(argv: readonly string[]): Promise<void> {
  const langFlag = optionValue(argv, '--lang');
  initI18n(detectLocale(langFlag, process.env));
  const debug = argv.includes('--debug');
  // Before anything is written: from here on no output failure can crash the process.
  const stdout = createSink(process.stdout);
  const stderr = createSink(process.stderr);
  let thrown: { readonly error: unknown } | undefined;
  try {
    if (langFlag !== undefined && !localeFromTag(langFlag)) {
      throw new UsageError(
        'errors.badLang',
        { lang: langFlag },
        { hint: 'errors.badLangHint', hintParams: { locales: LOCALES.join(', ') } },
      );
    }
    await buildProgram(invokedCommand(argv.slice(2))).parseAsync([...argv]);
  } catch (error) {
    thrown = { error };
  }
  // Output that never arrived outweighs a success (help and the version included);
  // a command's own failure is told as it is, without waiting on an output that
  // may never drain (the dead terminal of an interrupted call).
  const succeeded = !thrown || exitCodeOf(thrown.error) === 0;
  const lost = succeeded ? await stdout.failure() : undefined;
  const failure = lost ? { error: lost } : thrown;
  if (!failure) {
    exit(0);
    return;
  }
  stderr.send(errorText(failure.error, debug));
  exit(exitCodeOf(failure.error));
}
