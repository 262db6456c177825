/**
 * Files the i18n commands could not use, as the text the commands print to
 * stderr: paths as `coach validate` prints them, scripts with errors as its diagnostics (the fix is
 * `coach validate`), and a lock file that is not a lock as `file:line:col`.
 */
import { Chalk } from 'chalk';
import { problemLines } from '../diagnostics/problem.js';
import { SourceLines } from '../diagnostics/source-lines.js';
import { formatDiagnostic } from '../diagnostics/text.js';
import { t } from '../i18n/index.js';
import { sanitizeLine } from '../text/sanitize.js';
import type { LoadProblem } from './load.js';

const plain = new Chalk({ level: 0 });

export function problemText(problem: LoadProblem): string {
  if (problem.kind === 'path') return problemLines(problem.problem);
  if (problem.kind === 'lock') {
    const where = `${sanitizeLine(problem.file)}:${problem.at.line}:${problem.at.col}:`;
    return `${where} ${t('validate.severity.error')} ${sanitizeLine(t('i18n.errors.badLock'))}\n${t('errors.hintPrefix')} ${t('i18n.errors.badLockHint')}\n`;
  }
  const lines = problem.text === undefined ? undefined : new SourceLines(problem.text);
  const shown = problem.diagnostics.map((d) => formatDiagnostic(problem.file, d, lines, plain));
  return `${shown.join('')}${t('errors.hintPrefix')} ${sanitizeLine(t('i18n.errors.invalidScriptHint', { file: problem.file }))}\n`;
}

/** Every problem, each line ending in `\n`; empty when there is none. */
export function problemsText(problems: readonly LoadProblem[]): string {
  return problems.map(problemText).join('');
}
