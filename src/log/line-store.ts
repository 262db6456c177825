/**
 * Where a session's lines are kept when the disk refuses them during a call
 * (docs/log-format.md §10). Every line stays in memory, in order, until the log
 * holds it; each later action, and each `retry`, writes what the log lacks, in
 * order and once. Meanwhile the whole session is copied to a recovery file, if a
 * folder for one can take it; once the log has caught up, that copy is deleted.
 * A log whose file is no longer at its path (folder deleted or unmounted) is
 * never written again: from then on the recovery file is the session's record.
 */
import type { FileSystem } from '../io/file-system.js';
import { type LogProblem, problemOf } from './errors.js';
import type { LineFile } from './line-file.js';
import { createRecoveryFile, dropRecoveryFile } from './recovery.js';

/** What the session log does not hold, and why. */
export interface Unsaved {
  readonly problem: LogProblem;
  /** Actions (batches of lines) accepted since the log last took a write. */
  readonly actions: number;
  /** The recovery file, when it holds every line of the session. */
  readonly recovery?: string;
}

export class LineStore {
  /** Every line of the session, in order. */
  readonly #lines: string[];
  /** The number of lines after each action, in order. */
  readonly #actionEnds: number[] = [];
  /** Lines the log holds. */
  #inLog: number;
  #problem: LogProblem | undefined;
  #recovery: LineFile | undefined;
  /** Lines the recovery file holds. */
  #inRecovery = 0;

  /** `written`: the lines the log already holds (its start line, the first step). */
  constructor(
    private readonly log: LineFile,
    written: readonly string[],
    readonly sessionId: string,
    private readonly recoveryDirs: readonly string[],
    private readonly fs: FileSystem,
  ) {
    this.#lines = [...written];
    this.#inLog = written.length;
  }

  get unsaved(): Unsaved | undefined {
    const problem = this.#problem;
    if (problem === undefined) return undefined;
    const actions = this.#actionEnds.filter((end) => end > this.#inLog).length;
    const recovery = this.#recovery;
    const whole = recovery !== undefined && this.#inRecovery === this.#lines.length;
    return { problem, actions, ...(whole ? { recovery: recovery.path } : {}) };
  }

  /** Keeps one action's lines and stores whatever is not stored yet. */
  add(lines: readonly string[]): void {
    if (lines.length === 0) return;
    this.#lines.push(...lines);
    this.#actionEnds.push(this.#lines.length);
    this.store();
  }

  /**
   * Writes what the log lacks, or, while it refuses, what the recovery file lacks.
   * With nothing pending, checks that the log is still where readers look for it.
   */
  store(): void {
    if (!this.log.open) return;
    if (this.#problem === undefined && this.#inLog === this.#lines.length) {
      if (this.log.inPlace()) return;
      this.#problem = 'gone';
    }
    if (!this.log.gone) {
      try {
        this.log.append(this.#lines.slice(this.#inLog).join(''));
        this.#inLog = this.#lines.length;
        this.#problem = undefined;
        this.dropRecovery();
        return;
      } catch (error) {
        this.#problem = problemOf(error);
      }
    }
    this.copyToRecovery();
  }

  private copyToRecovery(): void {
    if (this.#inRecovery === this.#lines.length) return;
    try {
      this.#recovery ??= createRecoveryFile(this.recoveryDirs, this.sessionId, this.fs);
      this.#recovery.append(this.#lines.slice(this.#inRecovery).join(''));
      this.#inRecovery = this.#lines.length;
    } catch {
      // Start again next time, from the first line, in the first folder that takes it.
      this.dropRecovery();
    }
  }

  private dropRecovery(): void {
    if (this.#recovery !== undefined) dropRecoveryFile(this.#recovery, this.fs);
    this.#recovery = undefined;
    this.#inRecovery = 0;
  }

  /** Closes the log and the recovery file, which keeps what it holds. */
  close(): void {
    this.log.close();
    this.#recovery?.close();
  }
}
