/**
 * Variables: a `capture` names a declared variable; a `{{name}}` names a declared
 * or built-in one; and a variable that only a capture can set is not shown before
 * the call has passed a step that captures it.
 */
import { END, reachableIndexes } from '../flow.js';
import { error, type Issue, shorten, withSuggestion } from '../issues.js';
import { forEachPlaceholder } from '../text/placeholders.js';
import { BUILTIN_VARIABLES } from '../types.js';
import type { RuleContext } from './context.js';
import { forEachString, stringPath } from './text-fields.js';
import { hasValueAtStart } from './values.js';

export function undeclaredCaptures(ctx: RuleContext): Issue[] {
  const issues: Issue[] = [];
  ctx.draft.steps.forEach((step, i) => {
    if (step.capture === undefined || ctx.declared.has(step.capture)) return;
    const suggestion = ctx.suggest(step.capture, ctx.declared.keys());
    const params = withSuggestion({ variable: shorten(step.capture) }, suggestion);
    issues.push(error('UNDECLARED_CAPTURE', ['steps', i, 'capture'], params));
  });
  return issues;
}

export function unknownVariables(ctx: RuleContext): Issue[] {
  const issues: Issue[] = [];
  for (const field of ctx.texts) {
    forEachString(field, (text, locale, item) => {
      let reported: Set<string> | undefined;
      forEachPlaceholder(text, (name) => {
        if (ctx.known.has(name) || reported?.has(name)) return;
        reported = (reported ?? new Set()).add(name);
        const params = withSuggestion({ variable: shorten(name) }, ctx.suggest(name, ctx.known));
        const path = stringPath(field, locale, item);
        issues.push({ ...error('UNKNOWN_VARIABLE', path, params), needle: `{{${name}}}` });
      });
    });
  }
  return issues;
}

/**
 * For a declared variable with no value at the start (no default, not given) that
 * some step captures (built-ins are set by the run itself): a step may show it only if some path from the first step
 * reaches it through a capturing step before it. The capturing step's own text is
 * shown before the capture, so it does not count. The script's title, shown before
 * any step, may not use such a variable at all.
 */
export function variablesBeforeCapture(ctx: RuleContext): Issue[] {
  const { steps } = ctx.draft;
  const { successors, reachable } = ctx.graph;
  const capturers = new Map<string, number[]>();
  steps.forEach((step, i) => {
    const name = step.capture;
    const variable = name === undefined ? undefined : ctx.declared.get(name);
    if (!variable || hasValueAtStart(variable)) return;
    if ((BUILTIN_VARIABLES as readonly string[]).includes(variable.name)) return;
    const list = capturers.get(variable.name);
    if (list) list.push(i);
    else capturers.set(variable.name, [i]);
  });
  if (capturers.size === 0) return [];

  // Steps reached after a capture of each variable, computed for the variables in use.
  const afterCapture = new Map<string, boolean[]>();
  const available = (name: string): boolean[] | undefined => {
    const at = capturers.get(name);
    if (!at) return undefined;
    let after = afterCapture.get(name);
    if (!after) {
      const starts = at.filter((i) => reachable[i]).flatMap((i) => successors[i] ?? []);
      after = reachableIndexes(
        starts.filter((s) => s !== END),
        successors,
      );
      afterCapture.set(name, after);
    }
    return after;
  };

  const issues: Issue[] = [];
  const reported = new Set<string>();
  for (const field of ctx.texts) {
    const step = field.step;
    if (!field.scriptTitle && (step === undefined || !reachable[step])) continue;
    forEachString(field, (text, locale, item) => {
      forEachPlaceholder(text, (name) => {
        const after = available(name);
        if (!after || (step !== undefined && after[step])) return;
        const key = `${step ?? 'title'}:${name}`;
        if (reported.has(key)) return;
        reported.add(key);
        const first = capturers.get(name)?.[0] ?? 0;
        const params = { variable: name, step: steps[first]?.id ?? '' };
        const path = stringPath(field, locale, item);
        issues.push({ ...error('VARIABLE_BEFORE_CAPTURE', path, params), needle: `{{${name}}}` });
      });
    });
  }
  return issues;
}
