/**
 * The running totals of a report. Each thread fills its own, then the totals are
 * turned into plain data (`toPartial`), sent to the main thread and merged there,
 * so counting never waits on another thread.
 */

import { addCounts, emptyCounts } from '../../log/read/tally.js';
import type { SkipCounts } from '../../log/read/types.js';
import { DONE, ENTER, type SessionScratch, SKIP } from '../session.js';
import { snapshotDirOf } from '../snapshots.js';
import { countSession, type GroupTotals, newGroupTotals } from './group-totals.js';
import { own } from './map-keys.js';
import { countReason, newStepTotals, type StepTotals } from './step-totals.js';

export type { GroupTotals } from './group-totals.js';
export { MAX_REASONS, OTHER_REASON, type StepTotals } from './step-totals.js';

export interface FileCounts {
  sessions: number;
  notSessionLog: number;
  newerVersion: number;
  unreadable: number;
}

export interface StageCell {
  entered: number;
  done: number;
  skipped: number;
}

export class Accumulator {
  readonly steps = new Map<string, Map<string, StepTotals>>();
  readonly total: GroupTotals = newGroupTotals();
  readonly agents = new Map<string, GroupTotals>();
  /** Keyed by script id, NUL, version. */
  readonly scripts = new Map<string, GroupTotals>();
  readonly locales = new Map<string, GroupTotals>();
  readonly agentStage = new Map<string, Map<string, StageCell>>();
  readonly lines: SkipCounts = emptyCounts();
  readonly files: FileCounts = {
    sessions: 0,
    notSessionLog: 0,
    newerVersion: 0,
    unreadable: 0,
  };
  /** The folders where each script version's snapshot may be, by sha256. */
  readonly snapshotDirs = new Map<string, Set<string>>();

  group(map: Map<string, GroupTotals>, key: string): GroupTotals {
    let g = map.get(key);
    if (!g) {
      g = newGroupTotals();
      map.set(own(key), g);
    }
    return g;
  }

  stepsOf(script: string, sha: string): Map<string, StepTotals> {
    const key = `${script}\u0000${sha}`;
    let byStep = this.steps.get(key);
    if (!byStep) {
      byStep = new Map();
      this.steps.set(own(key), byStep);
    }
    return byStep;
  }

  stepTotals(
    byStep: Map<string, StepTotals>,
    script: string,
    sha: string,
    step: string,
    stage: string,
  ): StepTotals {
    let s = byStep.get(step);
    if (!s) {
      s = newStepTotals(script, sha, step, stage);
      byStep.set(s.step, s);
    } else if (s.stage === '' && stage !== '') {
      s.stage = own(stage);
    }
    return s;
  }

  stagesOf(agent: string): Map<string, StageCell> {
    let row = this.agentStage.get(agent);
    if (!row) {
      row = new Map();
      this.agentStage.set(own(agent), row);
    }
    return row;
  }

  stageCell(row: Map<string, StageCell>, stage: string): StageCell {
    let cell = row.get(stage);
    if (!cell) {
      cell = { entered: 0, done: 0, skipped: 0 };
      row.set(own(stage), cell);
    }
    return cell;
  }

  commit(s: SessionScratch): void {
    this.files.sessions++;
    let dirs = this.snapshotDirs.get(s.sha);
    if (!dirs) {
      dirs = new Set();
      this.snapshotDirs.set(own(s.sha), dirs);
    }
    const dir = snapshotDirOf(s.file);
    if (!dirs.has(dir)) dirs.add(dir);
    addCounts(this.lines, s.lines);
    const groups = [
      this.total,
      this.group(this.agents, s.agent),
      this.group(this.scripts, `${s.script}\u0000${s.version}`),
      this.group(this.locales, s.locale),
    ];
    const callMs = s.callMs();
    for (const g of groups) countSession(g, s.status, s.outcome, callMs);
    const byStep = this.stepsOf(s.script, s.sha);
    const stages = this.stagesOf(s.agent);
    for (let i = 0; i < s.count; i++) {
      const kind = s.kinds[i] as number;
      const stage = s.stages[i] as string;
      const row = this.stepTotals(byStep, s.script, s.sha, s.steps[i] as string, stage);
      const cell = this.stageCell(stages, stage);
      if (kind === ENTER) {
        row.entered++;
        cell.entered++;
        for (const g of groups) g.entered++;
      } else if (kind === DONE) {
        row.done++;
        cell.done++;
        for (const g of groups) g.done++;
        row.durations.add(s.ms[i] as number);
      } else if (kind === SKIP) {
        row.skipped++;
        cell.skipped++;
        for (const g of groups) g.skipped++;
        countReason(row.reasons, s.reasons[i] as string);
      }
    }
  }
}
