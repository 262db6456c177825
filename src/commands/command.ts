/**
 * What a command is: a handler of its typed positional arguments and options.
 * Each command declares the types of its options once, next to its handler; the
 * command line (src/cli/program.ts) declares the same options to commander and
 * hands their values over, cast once, in its `lazy` wiring.
 *
 * A handler returns nothing: it succeeds, or throws a typed error (src/errors.ts)
 * that the one place in src/cli/main.ts turns into a message and an exit status.
 */

/** Options of the program itself, given to every command. */
export interface GlobalOptions {
  /** `--lang`: read before the command line is parsed, to speak the right language. */
  readonly lang?: string;
  readonly debug?: boolean;
  /** False with `--no-color`. */
  readonly color: boolean;
}

/** The filters with which `sessions` and `report` read session logs. */
export interface ReadingOptions {
  readonly agent?: string;
  readonly script?: string;
  readonly locale?: string;
  readonly status?: string;
  readonly skipped?: string;
  readonly since?: string;
  readonly until?: string;
  /** `--answers` (only sessions driven by an answers file) or `--no-answers` (none of them). */
  readonly answers?: boolean;
  readonly logDir?: string;
}

export interface CommandContext<Args extends readonly unknown[], Opts extends object> {
  /** Positional arguments as declared: `[x]` may be undefined, `[xs...]` is a possibly empty list. */
  readonly args: Readonly<Args>;
  /** The command's options merged with the global ones. */
  readonly opts: Readonly<Opts> & GlobalOptions;
}

export type Handler<Args extends readonly unknown[] = [], Opts extends object = object> = (
  ctx: CommandContext<Args, Opts>,
) => Promise<void>;
