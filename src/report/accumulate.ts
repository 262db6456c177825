/**
 * The running totals of a report. Each thread fills its own, then the totals are
 * turned into plain data (`toPartial`), sent to the main thread and merged there,
 * so counting never waits on another thread.
 */
import { Growable } from './growable.js';
import {
  addLineCounts,
  DONE,
  ENTER,
  emptyLineCounts,
  type LineCounts,
  type SessionScratch,
  SKIP,
} from './session.js';
import { snapshotDirOf } from './snapshots.js';

/** Distinct skip reasons kept per step; past it, new reasons are counted as one "other". */
export const MAX_REASONS = 1000;
export const OTHER_REASON = '\u0000other';

/** One step of one script version (by snapshot sha), as the events recorded it. */
export interface StepTotals {
  script: string;
  sha: string;
  step: string;
  /** The stage the events gave (the snapshot's, when found, wins in the report). */
  stage: string;
  entered: number;
  done: number;
  skipped: number;
  durations: Growable;
  reasons: Map<string, number>;
}

export interface GroupTotals {
  sessions: number;
  completed: number;
  aborted: number;
  interrupted: number;
  outcomes: Map<string, number>;
  entered: number;
  done: number;
  skipped: number;
  callMs: Growable;
}

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

function newGroup(): GroupTotals {
  return {
    sessions: 0,
    completed: 0,
    aborted: 0,
    interrupted: 0,
    outcomes: new Map(),
    entered: 0,
    done: 0,
    skipped: 0,
    callMs: new Growable(),
  };
}

function bump(map: Map<string, number>, key: string, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

/** Map keys are copied so that they never keep a whole file's text alive. */
function own(text: string): string {
  // Code unit by code unit, so even a lone surrogate from a damaged log is kept as it was.
  return text.split('').join('');
}

export class Accumulator {
  readonly steps = new Map<string, Map<string, StepTotals>>();
  readonly total: GroupTotals = newGroup();
  readonly agents = new Map<string, GroupTotals>();
  /** Keyed by script id, NUL, version. */
  readonly scripts = new Map<string, GroupTotals>();
  readonly locales = new Map<string, GroupTotals>();
  readonly agentStage = new Map<string, Map<string, StageCell>>();
  readonly lines: LineCounts = emptyLineCounts();
  readonly files: FileCounts = {
    sessions: 0,
    notSessionLog: 0,
    newerVersion: 0,
    unreadable: 0,
  };

  group(map: Map<string, GroupTotals>, key: string): GroupTotals {
    let g = map.get(key);
    if (!g) {
      g = newGroup();
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
      s = {
        script: own(script),
        sha: own(sha),
        step: own(step),
        stage: own(stage),
        entered: 0,
        done: 0,
        skipped: 0,
        durations: new Growable(),
        reasons: new Map(),
      };
      byStep.set(s.step, s);
    } else if (s.stage === '' && stage !== '') {
      s.stage = own(stage);
    }
    return s;
  }

  private stagesOf(agent: string): Map<string, StageCell> {
    let row = this.agentStage.get(agent);
    if (!row) {
      row = new Map();
      this.agentStage.set(own(agent), row);
    }
    return row;
  }

  private stageCell(row: Map<string, StageCell>, stage: string): StageCell {
    let cell = row.get(stage);
    if (!cell) {
      cell = { entered: 0, done: 0, skipped: 0 };
      row.set(own(stage), cell);
    }
    return cell;
  }

  /** The folders where each script version's snapshot may be, by sha256. */
  readonly snapshotDirs = new Map<string, Set<string>>();

  commit(s: SessionScratch): void {
    this.files.sessions++;
    let dirs = this.snapshotDirs.get(s.sha);
    if (!dirs) {
      dirs = new Set();
      this.snapshotDirs.set(own(s.sha), dirs);
    }
    const dir = snapshotDirOf(s.file);
    if (!dirs.has(dir)) dirs.add(dir);
    addLineCounts(this.lines, s.lines);
    const groups = [
      this.total,
      this.group(this.agents, s.agent),
      this.group(this.scripts, `${s.script}\u0000${s.version}`),
      this.group(this.locales, s.locale),
    ];
    const callMs = s.callMs();
    for (const g of groups) {
      g.sessions++;
      g[s.status]++;
      if (s.outcome !== '') bump(g.outcomes, s.outcome);
      g.callMs.push(callMs);
    }
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
        row.durations.push(s.ms[i] as number);
      } else if (kind === SKIP) {
        row.skipped++;
        cell.skipped++;
        for (const g of groups) g.skipped++;
        const reason = s.reasons[i] as string;
        if (row.reasons.has(reason) || row.reasons.size < MAX_REASONS) {
          if (row.reasons.has(reason)) bump(row.reasons, reason);
          else row.reasons.set(own(reason), 1);
        } else bump(row.reasons, OTHER_REASON);
      }
    }
  }
}
