/**
 * The running totals of a report. Each thread fills its own, then the totals are
 * turned into plain data (`toPartial`), sent to the main thread and merged there,
 * so counting never waits on another thread. Agents are counted by who they are
 * (log/agent.ts), whatever the spelling of each log.
 */
import { AgentSpellings, agentKey } from '../../log/agent.js';
import {
  addCounts,
  emptyCounts,
  flatCopy,
  logFolderOf,
  type SessionScratch,
} from '../../log/read/index.js';
import { DONE, ENTER, SKIP } from '../../log/read/line-rules.js';
import type { SkipCounts } from '../../log/read/types.js';
import { countSession, type GroupTotals, newGroupTotals } from './group-totals.js';
import { countReason, newStepTotals, type StepTotals } from './step-totals.js';

export type { GroupTotals } from './group-totals.js';
export type { StepTotals } from './step-totals.js';

export interface FileCounts {
  sessions: number;
  notSessionLog: number;
  newerVersion: number;
  unreadable: number;
  /** Copies of sessions left out because another copy was read (set once files are found). */
  duplicate: number;
}

export interface StageCell {
  entered: number;
  done: number;
  skipped: number;
}

export class Accumulator {
  readonly steps = new Map<string, Map<string, StepTotals>>();
  readonly total: GroupTotals = newGroupTotals();
  /** Keyed by agentKey. */
  readonly agents = new Map<string, GroupTotals>();
  readonly #spellings = new AgentSpellings();
  /** Keyed by script id, NUL, version. */
  readonly scripts = new Map<string, GroupTotals>();
  readonly locales = new Map<string, GroupTotals>();
  /** Agent (by agentKey) → stage → counts. */
  readonly agentStage = new Map<string, Map<string, StageCell>>();
  readonly lines: SkipCounts = emptyCounts();
  readonly files: FileCounts = {
    sessions: 0,
    notSessionLog: 0,
    newerVersion: 0,
    unreadable: 0,
    duplicate: 0,
  };
  /** The log folders where each script version's snapshot may be, by sha256. */
  readonly snapshotFolders = new Map<string, Set<string>>();
  /** An agent as spelt in a log → that spelling (copied), its agentKey, sessions not yet told. */
  readonly #agents = new Map<string, { spelling: string; key: string; sessions: number }>();

  // Keys come from a file's text: each is copied as it enters a map, so that the
  // totals never keep a file's text alive.
  group(map: Map<string, GroupTotals>, key: string): GroupTotals {
    let g = map.get(key);
    if (!g) {
      g = newGroupTotals();
      map.set(flatCopy(key), g);
    }
    return g;
  }

  stepsOf(script: string, sha: string): Map<string, StepTotals> {
    const key = `${script}\u0000${sha}`;
    let byStep = this.steps.get(key);
    if (!byStep) {
      byStep = new Map();
      this.steps.set(flatCopy(key), byStep);
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
      s = newStepTotals(flatCopy(script), flatCopy(sha), step, stage);
      byStep.set(s.step, s);
    } else if (s.stage === '' && stage !== '') {
      s.stage = stage;
    }
    return s;
  }

  stagesOf(agent: string): Map<string, StageCell> {
    let row = this.agentStage.get(agent);
    if (!row) {
      row = new Map();
      this.agentStage.set(agent, row);
    }
    return row;
  }

  stageCell(row: Map<string, StageCell>, stage: string): StageCell {
    let cell = row.get(stage);
    if (!cell) {
      cell = { entered: 0, done: 0, skipped: 0 };
      row.set(stage, cell);
    }
    return cell;
  }

  addSnapshotFolder(sha: string, folder: string): void {
    const folders = this.snapshotFolders.get(sha);
    if (!folders) this.snapshotFolders.set(flatCopy(sha), new Set([folder]));
    else if (!folders.has(folder)) folders.add(folder);
  }

  #agent(spelt: string): { spelling: string; key: string; sessions: number } {
    let known = this.#agents.get(spelt);
    if (known === undefined) {
      const spelling = flatCopy(spelt);
      known = { spelling, key: agentKey(spelling), sessions: 0 };
      this.#agents.set(spelling, known);
    }
    return known;
  }

  /** The spellings of every agent counted so far (here and merged from other threads). */
  spellings(): AgentSpellings {
    for (const known of this.#agents.values()) {
      if (known.sessions > 0) this.#spellings.add(known.spelling, known.sessions, known.key);
      known.sessions = 0;
    }
    return this.#spellings;
  }

  commit(s: SessionScratch): void {
    this.files.sessions++;
    const folder = logFolderOf(s.file);
    if (folder !== undefined) this.addSnapshotFolder(s.sha, folder);
    addCounts(this.lines, s.lines);
    const known = this.#agent(s.agent);
    known.sessions++;
    const agent = known.key;
    const groups = [
      this.total,
      this.group(this.agents, agent),
      this.group(this.scripts, `${s.script}\u0000${s.version}`),
      this.group(this.locales, s.locale),
    ];
    const callMs = s.callMs();
    for (const g of groups) countSession(g, s.status, s.outcome, callMs);
    const byStep = this.stepsOf(s.script, s.sha);
    const stages = this.stagesOf(agent);
    for (let i = 0; i < s.count; i++) {
      const code = s.codes[i] as number;
      if (code !== ENTER && code !== DONE && code !== SKIP) continue;
      const stage = s.stages[i] as string;
      const row = this.stepTotals(byStep, s.script, s.sha, s.steps[i] as string, stage);
      const cell = this.stageCell(stages, stage);
      if (code === ENTER) {
        row.entered++;
        cell.entered++;
        for (const g of groups) g.entered++;
      } else if (code === DONE) {
        row.done++;
        cell.done++;
        for (const g of groups) g.done++;
        row.durations.add(s.ms[i] as number);
      } else {
        row.skipped++;
        cell.skipped++;
        for (const g of groups) g.skipped++;
        countReason(row.reasons, s.texts[i] as string);
      }
    }
  }
}
