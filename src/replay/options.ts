/** The options of `coach replay`, checked: a bad value is a usage error (exit 2). */
import { UsageError } from '../errors.js';
import { DEFAULT_TIMING, type Timing } from './timing.js';

export interface ReplayOptions {
  readonly timing: Timing;
  readonly summary: boolean;
  /** File of `--export cast FILE`. */
  readonly exportTo?: string;
}

function numberOption(value: unknown): number {
  return typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
}

export function parseReplayOptions(opts: Readonly<Record<string, unknown>>): ReplayOptions {
  const speed = opts.speed === undefined ? DEFAULT_TIMING.speed : numberOption(opts.speed);
  if (!Number.isFinite(speed) || speed <= 0) {
    throw new UsageError(
      'replay.errors.badSpeed',
      { value: String(opts.speed) },
      { hint: 'replay.errors.badSpeedHint' },
    );
  }
  const maxIdle = opts.maxIdle === undefined ? DEFAULT_TIMING.maxIdle : numberOption(opts.maxIdle);
  if (!Number.isFinite(maxIdle) || maxIdle < 0) {
    throw new UsageError(
      'replay.errors.badMaxIdle',
      { value: String(opts.maxIdle) },
      { hint: 'replay.errors.badMaxIdleHint' },
    );
  }
  let exportTo: string | undefined;
  if (opts.export !== undefined) {
    const spec = Array.isArray(opts.export) ? opts.export.map(String) : [String(opts.export)];
    const [format, file, ...rest] = spec;
    if (format !== 'cast' || !file || rest.length > 0) {
      throw new UsageError(
        'replay.errors.badExport',
        { value: spec.join(' ') },
        { hint: 'replay.errors.badExportHint' },
      );
    }
    exportTo = file;
  }
  return {
    timing: { speed, maxIdle },
    summary: opts.summary === true,
    ...(exportTo === undefined ? {} : { exportTo }),
  };
}
