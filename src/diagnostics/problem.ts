/**
 * A path that could not be checked, printed the way the CLI prints every error:
 * one line after the localized "coach: error:" prefix, and a hint line when
 * there is something to suggest.
 */

import { t } from '../i18n/index.js';
import type { PathProblem } from '../script-files/problem.js';
import { sanitizeLine } from '../text/sanitize.js';

const HINTS: Partial<Record<PathProblem['kind'], string>> = {
  noScripts: 'validate.paths.noScriptsHint',
};

export function problemLines(problem: PathProblem): string {
  const message = t(`validate.paths.${problem.kind}`, { path: problem.path, code: problem.code });
  const out = [`${t('errors.prefix')} ${sanitizeLine(message)}`];
  const hint = HINTS[problem.kind];
  if (hint) out.push(`${t('errors.hintPrefix')} ${sanitizeLine(t(hint))}`);
  return `${out.join('\n')}\n`;
}
