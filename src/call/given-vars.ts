/**
 * A script may promise that a variable's value comes with the run (`given: true`,
 * docs/script-format.md §6): the checker lets its texts show it without a default,
 * so the call must not start without it, or the agent would read a placeholder aloud.
 */
import { UsageError } from '../errors.js';
import type { Script } from '../script/types.js';

/** Throws a UsageError naming the first `given` variable with no value and no default. */
export function requireGivenVars(script: Script, vars: Readonly<Record<string, string>>): void {
  for (const variable of script.variables) {
    if (!variable.given || (variable.default ?? '') !== '') continue;
    if ((Object.hasOwn(vars, variable.name) ? vars[variable.name] : '') !== '') continue;
    throw new UsageError(
      'run.errors.givenVarMissing',
      { name: variable.name },
      { hint: 'run.errors.givenVarMissingHint', hintParams: { name: variable.name } },
    );
  }
}
