/**
 * Build step: checks the shipped scripts once and stores their normalized form,
 * keyed by the sha256 of their text, so `coach run` can start the built-in script
 * without loading the YAML parser. A script edited after the build no longer
 * matches its hash and is checked at run time as usual.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scriptSha256 } from '../log/snapshot.js';
import { checkScript } from '../script/index.js';
import type { Script } from '../script/types.js';

export function compileBuiltins(scriptsDir: string, outFile: string): number {
  const compiled: Record<string, Script> = {};
  for (const name of readdirSync(scriptsDir).sort()) {
    if (!/\.ya?ml$/.test(name)) continue;
    const source = readFileSync(join(scriptsDir, name), 'utf8');
    const { script } = checkScript(source);
    // An invalid shipped script is left out: `coach run` then reports its diagnostics.
    if (script) compiled[scriptSha256(source)] = script;
  }
  writeFileSync(outFile, `${JSON.stringify(compiled)}\n`);
  return Object.keys(compiled).length;
}
