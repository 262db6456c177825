/**
 * Output that could not be written: stdout on a full disk, a closed pipe, a
 * device that fails. Thrown by a sink's write; the command line (src/cli/) alone
 * decides what it means for the user: a reader that left (`| head`) is a normal
 * end, anything else a one-line error.
 */
export class OutputError extends Error {
  /** The system's error code: EPIPE, ENOSPC, EIO, … */
  readonly code: string;

  constructor(cause: unknown) {
    const code = (cause as NodeJS.ErrnoException | undefined)?.code ?? 'EIO';
    super(`output: ${code}`, { cause });
    this.name = 'OutputError';
    this.code = code;
  }

  /** The reader closed its end (`coach sessions | head`): nothing is wrong. */
  get readerLeft(): boolean {
    return this.code === 'EPIPE';
  }
}
