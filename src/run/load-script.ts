/**
 * Finds and checks the script to run: a path, or an id looked up in --scripts,
 * COACH_SCRIPTS and then the shipped scripts; no argument means the shipped
 * service cycle. An invalid script never starts: its diagnostics are printed.
 */
import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { FailureError, UsageError } from '../errors.js';
import { checkFile } from '../files/check-file.js';
import { readScriptFile } from '../files/read.js';
import { stdoutChalk } from '../format/colour.js';
import { textPrinter } from '../format/printer.js';
import { createSink } from '../format/sink.js';
import { packagePath } from '../paths.js';
import type { Script } from '../script/types.js';

export const DEFAULT_SCRIPT = 'service-cycle';

export interface LoadedScript {
  readonly script: Script;
  readonly source: string;
  readonly path: string;
  /** True for a script shipped with coach. */
  readonly builtin: boolean;
}

const looksLikePath = (arg: string) =>
  arg.includes('/') || arg.includes('\\') || /\.ya?ml$/i.test(arg) || isAbsolute(arg);

function findById(id: string, dirs: readonly string[]): string | undefined {
  for (const dir of dirs) {
    for (const ext of ['.yaml', '.yml']) {
      const candidate = join(dir, `${id}${ext}`);
      if (existsSync(candidate)) return candidate;
    }
  }
  return undefined;
}

export function locateScript(
  arg: string | undefined,
  scriptsFlag: unknown,
  env: NodeJS.ProcessEnv,
): { path: string; builtin: boolean } {
  const shipped = packagePath('scripts');
  if (arg !== undefined && (looksLikePath(arg) || existsSync(arg))) {
    return { path: resolve(arg), builtin: false };
  }
  const id = arg ?? DEFAULT_SCRIPT;
  const dirs = [scriptsFlag, env.COACH_SCRIPTS].filter(
    (d): d is string => typeof d === 'string' && d !== '',
  );
  const own = findById(id, dirs);
  if (own) return { path: own, builtin: false };
  const builtin = findById(id, [shipped]);
  if (builtin) return { path: builtin, builtin: true };
  throw new UsageError(
    'run.errors.scriptNotFound',
    { script: id },
    { hint: 'run.errors.scriptNotFoundHint' },
  );
}

export async function loadScript(
  path: string,
  builtin: boolean,
  color: boolean,
): Promise<LoadedScript> {
  const read = await readScriptFile(path);
  if (read.kind === 'problem') {
    throw new UsageError(`validate.paths.${read.problem.kind}`, { path, code: read.problem.code });
  }
  const checked = checkFile(read);
  const errors = checked.diagnostics.filter((d) => d.severity === 'error');
  if (!checked.source || errors.length > 0) {
    const printer = textPrinter(createSink(process.stderr), stdoutChalk(color));
    await printer.file(path, { ...checked, diagnostics: errors });
    throw new FailureError(
      'run.errors.invalidScript',
      { path, count: errors.length },
      { hint: 'run.errors.invalidScriptHint', hintParams: { path } },
    );
  }
  const { checkScript } = await import('../script/index.js');
  const { script } = checkScript(checked.source);
  if (!script) throw new FailureError('run.errors.invalidScript', { path, count: 1 });
  return { script, source: checked.source, path, builtin };
}
