/**
 * Text that would reach a terminal as something else than text: control
 * characters, bidirectional overrides, and line breaks inside a text shown on one
 * line. Checked in every text, the `version` label and variables' defaults.
 */
import { error, type Issue, type Path } from '../issues.js';
import { refusedCharacter, writtenAs } from '../text/controls.js';
import type { RuleContext } from './context.js';
import { forEachString, stringPath } from './text-fields.js';

export function refusedCharacters(ctx: RuleContext): Issue[] {
  const issues: Issue[] = [];
  const check = (text: string, oneLine: boolean, path: () => Path) => {
    const found = refusedCharacter(text, oneLine);
    if (!found) return;
    const params = { kind: found.kind, character: found.codePoint };
    issues.push({
      ...error('CONTROL_CHARACTER', path(), params),
      needle: writtenAs(found.codePoint),
    });
  };
  const { version, variables } = ctx.draft;
  if (version !== undefined) check(version, true, () => ['version']);
  for (const v of variables) {
    if (v.default !== undefined) check(v.default, true, () => ['variables', v.name, 'default']);
  }
  for (const field of ctx.texts) {
    forEachString(field, (text, locale, item) => {
      check(text, field.multiLine !== true, () => stringPath(field, locale, item));
    });
  }
  return issues;
}
