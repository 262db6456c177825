/**
 * "Did you mean" suggestions: the candidate closest to a misspelt word, when it
 * is close enough to be a likely typo (a third of the word's length, at most 3 edits,
 * or the same word in another case).
 */

/**
 * Work allowed for suggestions in one check, in cells of the edit-distance table.
 * A file with thousands of bad references must not cost seconds: past the budget,
 * problems are still reported, only without a suggestion.
 */
export interface SuggestionBudget {
  cells: number;
}

export const SUGGESTION_CELLS = 2_000_000;

export function closest(
  word: string,
  candidates: Iterable<string>,
  budget: SuggestionBudget = { cells: SUGGESTION_CELLS },
): string | undefined {
  if (word.length > 64) return undefined;
  const lower = word.toLowerCase();
  const limit = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const other = candidate.toLowerCase();
    if (other === lower) return candidate;
    if (Math.abs(candidate.length - word.length) >= bestDistance) continue;
    budget.cells -= word.length * candidate.length;
    if (budget.cells < 0) return best;
    const distance = editDistance(lower, other, bestDistance);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Levenshtein distance with adjacent swaps counted as one edit; stops early at `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin >= limit) return limit;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length] ?? limit;
}
