import type { Accumulator } from '../aggregate/accumulate.js';
import type { Report } from '../types.js';
import { agentStageRows } from './agent-stage-rows.js';
import { groupRow, groupRows, rowsOf, scriptRows } from './group-rows.js';
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
    agentStages: agentStageRows(acc.agentStage, shown),
  };
}
