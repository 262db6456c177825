/**
 * Totals → the report's data (documented in docs/report-format.md): rates,
 * medians and percentiles computed, rows sorted so that the same logs always
 * give the same report whatever the number of threads.
 */
import { byCodeUnits } from '../../text/compare.js';
import type { Accumulator } from '../aggregate/accumulate.js';
import type { Report } from '../types.js';
import { groupRow, groupRows, rowsOf, scriptRows } from './group-rows.js';
import { rates } from './rates.js';
import { stageRank } from './row-order.js';
import { stageRows } from './stage-rows.js';
import { mergedSteps, stepRow } from './step-rows.js';

/**
 * Builds the report; the accumulator's totals are consumed (merged into each
 * other). `logDir` is where snapshots not found beside their sessions are looked for.
 */
export function finalize(acc: Accumulator, logDir: string): Report {
  const steps = mergedSteps(acc, logDir);
  const spellings = acc.spellings();
  const shown = (agent: string) => spellings.shown(agent);
  const lines = acc.lines;
  const total = groupRow(acc.total, acc.total.callMs.medianAndP90().median);
  return {
    sessions: { total: total.sessions, byStatus: total.byStatus, byOutcome: total.byOutcome },
    unreadableLines: lines.truncated + lines.corrupt + lines.hugeLines,
    skippedLines: { ...lines },
    skippedFiles: {
      notSessionLog: acc.files.notSessionLog,
      newerVersion: acc.files.newerVersion,
      unreadable: acc.files.unreadable,
      duplicate: acc.files.duplicate,
    },
    steps: steps.map(stepRow),
    stages: stageRows(steps),
    agents: groupRows(rowsOf(acc.agents), 'agent', shown),
    scripts: scriptRows(rowsOf(acc.scripts)),
    locales: groupRows(rowsOf(acc.locales), 'locale'),
    agentStages: [...acc.agentStage]
      .sort(([a], [b]) => byCodeUnits(a, b))
      .flatMap(([agent, row]) =>
        [...row]
          .sort(([a], [b]) => stageRank(a) - stageRank(b) || byCodeUnits(a, b))
          .map(([stage, c]) => ({
            agent: shown(agent),
            stage,
            ...rates(c.entered, c.done, c.skipped),
          })),
      ),
  };
}
