/**
 * Typed errors thrown by commands. They carry an i18n key rather than text so that
 * the one place that prints them (cli.ts) can localize, and an exit code so that
 * the same place can end the process with the documented status.
 */
export type ExitCode = 0 | 1 | 2 | 130;

export type MessageParams = Readonly<Record<string, unknown>>;

export interface ErrorOptions {
  /** i18n key of a one-line hint printed under the message. */
  readonly hint?: string;
  readonly hintParams?: MessageParams;
  readonly cause?: unknown;
}

export class CoachError extends Error {
  readonly exitCode: ExitCode = 1;
  readonly key: string;
  readonly params: MessageParams;
  readonly hint: string | undefined;
  readonly hintParams: MessageParams;

  constructor(key: string, params: MessageParams = {}, options: ErrorOptions = {}) {
    super(key, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.key = key;
    this.params = params;
    this.hint = options.hint;
    this.hintParams = options.hintParams ?? params;
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
