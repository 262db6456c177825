/**
 * Finds and checks the script to run: a path, or an id looked up in --scripts,
 * COACH_SCRIPTS and then the shipped scripts; no argument means the shipped
 * service cycle. An invalid script never starts: loading it throws an
 * InvalidScriptError that carries its diagnostics, for the command to print.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { FailureError, UsageError } from '../errors.js';
import { scriptSha256 } from '../log/snapshot.js';
import { packagePath } from '../paths.js';
import type { Diagnostic } from '../script/diagnostic.js';
import type { Script } from '../script/types.js';
import { readScriptFile } from './read.js';

export const DEFAULT_SCRIPT = 'service-cycle';

export interface LoadedScript {
  readonly script: Script;
  readonly source: string;
  readonly path: string;
  /** True for a script shipped with coach. */
  readonly builtin: boolean;
}

/** Exit 1: the script has errors. Its diagnostics are the errors, with the text they point into. */
export class InvalidScriptError extends FailureError {
  readonly path: string;
  /** The text the positions refer to, when the file could be read as text. */
  readonly source: string | undefined;
  readonly diagnostics: readonly Diagnostic[];

  constructor(path: string, source: string | undefined, diagnostics: readonly Diagnostic[]) {
    super(
      'run.errors.invalidScript',
      { path, count: Math.max(1, diagnostics.length) },
      { hint: 'run.errors.invalidScriptHint', hintParams: { path } },
    );
    this.path = path;
    this.source = source;
    this.diagnostics = diagnostics;
  }
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
  scriptsDir: string | undefined,
  env: NodeJS.ProcessEnv,
): { path: string; builtin: boolean } {
  const shipped = packagePath('scripts');
  if (arg !== undefined && (looksLikePath(arg) || existsSync(arg))) {
    return { path: resolve(arg), builtin: false };
  }
  const id = arg ?? DEFAULT_SCRIPT;
  const dirs = [scriptsDir, env.COACH_SCRIPTS].filter(
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

let compiled: Readonly<Record<string, Script>> | undefined;

/** The shipped scripts as checked at build time, by sha256 of their text. */
function compiledBuiltins(): Readonly<Record<string, Script>> {
  if (!compiled) {
    try {
      compiled = JSON.parse(readFileSync(packagePath('dist', 'builtin-scripts.json'), 'utf8'));
    } catch {
      compiled = {};
    }
  }
  return compiled ?? {};
}

/** The script at `path`, checked; throws a UsageError if it cannot be read, an InvalidScriptError if it has errors. */
export async function loadScript(path: string, builtin: boolean): Promise<LoadedScript> {
  const read = await readScriptFile(path);
  if (read.kind === 'problem') {
    throw new UsageError(`validate.paths.${read.problem.kind}`, { path, code: read.problem.code });
  }
  if (builtin && read.kind === 'text') {
    const script = compiledBuiltins()[scriptSha256(read.text)];
    if (script) return { script, source: read.text, path, builtin };
  }
  // The checker (and the YAML parser with it) loads only for scripts not checked at build time.
  const { checkFile } = await import('./check-file.js');
  const checked = checkFile(read);
  if (!checked.source || !checked.script) {
    const errors = checked.diagnostics.filter((d) => d.severity === 'error');
    throw new InvalidScriptError(path, checked.source, errors);
  }
  return { script: checked.script, source: checked.source, path, builtin };
}
