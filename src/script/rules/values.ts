/**
 * A variable a text shows has a value by then, or the agent reads a placeholder
 * aloud. `agent` always has one (the run sets it); any other variable, `company`
 * included, needs a `default`, `given: true` (its value comes with the run, from
 * `--var`), or a step that captures it — whether that step comes first is
 * VARIABLE_BEFORE_CAPTURE's business.
 */
import { error, type Issue } from '../issues.js';
import { forEachPlaceholder } from '../text/placeholders.js';
import type { Variable } from '../types.js';
import type { RuleContext } from './context.js';
import { forEachString, stringPath } from './text-fields.js';

/** Set by every run (src/call/open-session.ts), never by the script. */
const ALWAYS_SET = 'agent';

/** A value from the call's start: a default that shows something, or one given to the run. */
export function hasValueAtStart(variable: Variable | undefined): boolean {
  if (!variable) return false;
  return variable.given === true || (variable.default ?? '').trim() !== '';
}

export function variablesWithoutValue(ctx: RuleContext): Issue[] {
  const captured = new Set<string>();
  for (const step of ctx.draft.steps) if (step.capture !== undefined) captured.add(step.capture);
  const issues: Issue[] = [];
  for (const field of ctx.texts) {
    // Once per text and variable, at its first locale: the fix is the same for all.
    let reported: Set<string> | undefined;
    forEachString(field, (text, locale, item) => {
      forEachPlaceholder(text, (name) => {
        if (name === ALWAYS_SET || !ctx.known.has(name) || reported?.has(name)) return;
        if (captured.has(name) || hasValueAtStart(ctx.declared.get(name))) return;
        reported = (reported ?? new Set()).add(name);
        const path = stringPath(field, locale, item);
        const issue = error('VARIABLE_WITHOUT_VALUE', path, { variable: name });
        issues.push({ ...issue, needle: `{{${name}}}` });
      });
    });
  }
  return issues;
}
