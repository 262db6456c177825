/**
 * What the agent reads aloud in a step (`say` and `ask`) should fit its `target`
 * at about 150 words a minute. Reported once per step, for the longest locale.
 */
import { type Issue, warning } from '../issues.js';
import { countWords } from '../text/words.js';
import type { RuleContext } from './context.js';

export const WORDS_PER_MINUTE = 150;
const MS_PER_WORD = 60_000 / WORDS_PER_MINUTE;

export function tooLongToRead(ctx: RuleContext): Issue[] {
  const issues: Issue[] = [];
  ctx.draft.steps.forEach((step, i) => {
    if (step.targetMs === undefined || (!step.say && !step.ask)) return;
    let worst: { locale: string; words: number } | undefined;
    for (const locale of new Set([
      ...Object.keys(step.say ?? {}),
      ...Object.keys(step.ask ?? {}),
    ])) {
      const words = countWords(step.say?.[locale] ?? '') + countWords(step.ask?.[locale] ?? '');
      if (!worst || words > worst.words) worst = { locale, words };
    }
    if (!worst || worst.words * MS_PER_WORD <= step.targetMs) return;
    const field = step.say?.[worst.locale] !== undefined ? 'say' : 'ask';
    issues.push(
      warning('TOO_LONG_TO_READ', ['steps', i, field, worst.locale], {
        count: worst.words,
        words: worst.words,
        seconds: Math.ceil((worst.words * MS_PER_WORD) / 1000),
        target: step.targetMs / 1000,
        language: worst.locale,
      }),
    );
  });
  return issues;
}
