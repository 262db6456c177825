/** The options of `coach replay`, checked: a bad value is a usage error (exit 2). */
import { UsageError } from '../errors.js';
import { DEFAULT_TIMING, type Timing } from './timing.js';

export interface ReplayOptions {
  readonly timing: Timing;
  readonly summary: boolean;
  /** File of `--export cast FILE`. */
  readonly exportTo?: string;
}

/** The flags of `coach replay` as commander gives them. */
export interface ReplayFlags {
  readonly speed?: string;
  readonly maxIdle?: string;
  readonly summary?: boolean;
  /** `--export cast FILE`: every word after the flag. */
  readonly export?: readonly string[];
}

function numberOption(value: string): number {
  return value.trim() !== '' ? Number(value) : Number.NaN;
}

export function parseReplayOptions(flags: ReplayFlags): ReplayOptions {
  const speed = flags.speed === undefined ? DEFAULT_TIMING.speed : numberOption(flags.speed);
  if (!Number.isFinite(speed) || speed <= 0) {
    throw new UsageError(
      'replay.errors.badSpeed',
      { value: String(flags.speed) },
      { hint: 'replay.errors.badSpeedHint' },
    );
  }
  const maxIdle =
    flags.maxIdle === undefined ? DEFAULT_TIMING.maxIdle : numberOption(flags.maxIdle);
  if (!Number.isFinite(maxIdle) || maxIdle < 0) {
    throw new UsageError(
      'replay.errors.badMaxIdle',
      { value: String(flags.maxIdle) },
      { hint: 'replay.errors.badMaxIdleHint' },
    );
  }
  let exportTo: string | undefined;
  if (flags.export !== undefined) {
    const [format, file, ...rest] = flags.export;
    if (format !== 'cast' || !file || rest.length > 0) {
      throw new UsageError(
        'replay.errors.badExport',
        { value: flags.export.join(' ') },
        { hint: 'replay.errors.badExportHint' },
      );
    }
    exportTo = file;
  }
  return {
    timing: { speed, maxIdle },
    summary: flags.summary === true,
    ...(exportTo === undefined ? {} : { exportTo }),
  };
}
