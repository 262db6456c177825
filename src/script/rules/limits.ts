/**
 * What a script may hold (src/script/limits.ts): ids, names, the version label,
 * defaults and texts no longer than their limit, and no more steps than a call's
 * log can list. Lengths are counted only for strings that could be over.
 */
import { error, type Issue, type Path } from '../issues.js';
import {
  charactersOver,
  MAX_NAME_LENGTH,
  MAX_STEPS,
  MAX_TEXT_LENGTH,
  MAX_VALUE_LENGTH,
  MAX_VERSION_LENGTH,
} from '../limits.js';
import type { RuleContext } from './context.js';
import { forEachString, stringPath } from './text-fields.js';

/** What is too long: `diag.what.<value>` in locales/*.json. */
type What = 'id' | 'name' | 'version' | 'value' | 'text';

export function tooLong(ctx: RuleContext): Issue[] {
  const issues: Issue[] = [];
  const check = (text: string | undefined, what: What, limit: number, path: () => Path) => {
    if (text === undefined) return;
    const count = charactersOver(text, limit);
    if (count === undefined) return;
    issues.push(error('TOO_LONG', path(), { what, count, limit }));
  };
  const { draft } = ctx;
  check(draft.id, 'id', MAX_NAME_LENGTH, () => ['id']);
  check(draft.version, 'version', MAX_VERSION_LENGTH, () => ['version']);
  for (const v of draft.variables) {
    if (v.name.length > MAX_NAME_LENGTH) {
      const count = v.name.length;
      const issue = error('TOO_LONG', ['variables', v.name], {
        what: 'name',
        count,
        limit: MAX_NAME_LENGTH,
      });
      issues.push({ ...issue, atKey: true });
    }
    check(v.default, 'value', MAX_VALUE_LENGTH, () => ['variables', v.name, 'default']);
  }
  draft.steps.forEach((step, i) => {
    check(step.id, 'id', MAX_NAME_LENGTH, () => ['steps', i, 'id']);
    step.options?.forEach((option, j) => {
      check(option.id, 'id', MAX_NAME_LENGTH, () => ['steps', i, 'options', j, 'id']);
    });
  });
  for (const field of ctx.texts) {
    forEachString(field, (text, locale, item) => {
      check(text, 'text', MAX_TEXT_LENGTH, () => stringPath(field, locale, item));
    });
  }
  return issues;
}

export function tooManySteps(ctx: RuleContext): Issue[] {
  const count = ctx.draft.steps.length;
  if (count <= MAX_STEPS) return [];
  return [{ ...error('TOO_MANY_STEPS', ['steps'], { count, limit: MAX_STEPS }), atKey: true }];
}
