/**
 * Who an agent is. Names are typed by people on many workstations: `Ana`, `ana`
 * and `ANA`, the same letters composed differently, or with an invisible
 * character in them (a zero-width space, a direction mark), are one agent. Every
 * filter and every grouping compares agents through `agentKey`; what is shown
 * is a spelling that was actually used (see `AgentSpellings`).
 */
import { byCodeUnits } from '../text/compare.js';

/** Invisible format characters (zero-width spaces, direction marks, joiners…). */
const INVISIBLE = /\p{Cf}/gu;

export function agentKey(name: string): string {
  return name.normalize('NFKC').replace(INVISIBLE, '').trim().toLowerCase();
}

/**
 * The spellings seen of each agent, counted, so that one agent is shown one way
 * whatever order the logs were read in: the spelling used most often, and among
 * equals the first in code-unit order.
 */
export class AgentSpellings {
  readonly #seen = new Map<string, Map<string, number>>();

  /** Counts `name` (whose agentKey is `key`, when the caller has it) `times` times. */
  add(name: string, times = 1, key = agentKey(name)): void {
    let spellings = this.#seen.get(key);
    if (!spellings) {
      spellings = new Map();
      this.#seen.set(key, spellings);
    }
    spellings.set(name, (spellings.get(name) ?? 0) + times);
  }

  /** The spelling to show for an agent's key. */
  shown(key: string): string {
    let best: [string, number] | undefined;
    for (const entry of this.#seen.get(key) ?? []) {
      if (
        !best ||
        entry[1] > best[1] ||
        (entry[1] === best[1] && byCodeUnits(entry[0], best[0]) < 0)
      ) {
        best = entry;
      }
    }
    return best?.[0] ?? key;
  }

  /** Every spelling with its count, to merge into another (across threads). */
  entries(): [string, number][] {
    return [...this.#seen.values()].flatMap((spellings) => [...spellings]);
  }
}
