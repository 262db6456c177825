/**
 * Typed errors thrown by commands and the modules they use. They carry an i18n
 * key rather than text, so that the one place that prints them (src/cli/main.ts)
 * can localize; each class stands for one documented exit status, which the same
 * place gives the process (src/cli/exit-code.ts).
 *
 * A command that has already printed the whole story of a failure — `validate`'s
 * diagnostics and summary, the i18n commands' unusable files — throws
 * `FailureError.alreadyReported()` (or `UsageError.alreadyReported()`): the error
 * still says which status to exit with, and nothing more is printed.
 */
export type ExitCode = 0 | 1 | 2 | 130;

export type MessageParams = Readonly<Record<string, unknown>>;

export interface ErrorOptions {
  /** i18n key of a one-line hint printed under the message. */
  readonly hint?: string;
  readonly hintParams?: MessageParams;
  readonly cause?: unknown;
}

/** Only `alreadyReported` makes such errors: the flag cannot be set from outside this file. */
const REPORTED: unique symbol = Symbol('reported');
/** The key of an already reported error; it is never printed, so never translated. */
const REPORTED_KEY = 'errors.alreadyReported';

type Options = ErrorOptions & { readonly [REPORTED]?: true };

type ErrorClass<E extends CoachError> = new (
  key: string,
  params?: MessageParams,
  options?: ErrorOptions,
) => E;

export class CoachError extends Error {
  readonly exitCode: ExitCode = 1;
  readonly key: string;
  readonly params: MessageParams;
  readonly hint: string | undefined;
  readonly hintParams: MessageParams;
  /** True when the command has already printed everything about the failure. */
  readonly reported: boolean;

  constructor(key: string, params: MessageParams = {}, options: ErrorOptions = {}) {
    super(key, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.key = key;
    this.params = params;
    this.hint = options.hint;
    this.hintParams = options.hintParams ?? params;
    this.reported = (options as Options)[REPORTED] === true;
  }

  /**
   * A failure the command has already told in full (diagnostics, a summary): it
   * carries only the exit status of its class, and nothing more is printed.
   */
  static alreadyReported<E extends CoachError>(this: ErrorClass<E>): E {
    const options: Options = { [REPORTED]: true };
    return new this(REPORTED_KEY, {}, options);
  }
}

/** Exit 1: the command ran and found a failure (e.g. validation errors). */
export class FailureError extends CoachError {}

/** Exit 2: bad usage or input that cannot be used (unreadable path, bad flag value). */
export class UsageError extends CoachError {
  override readonly exitCode = 2;
}

/** Exit 130: the user interrupted (Ctrl-C) after whatever had to be saved was saved. */
export class InterruptedError extends CoachError {
  override readonly exitCode = 130;
}
