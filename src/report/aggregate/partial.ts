/**
 * Totals as plain data, to cross from a worker thread to the main one: maps become
 * entry lists and durations typed arrays whose buffers are transferred, not copied.
 */

import { addCounts } from '../../log/read/tally.js';
import type { SkipCounts } from '../../log/read/types.js';
import type { PlainDurations } from '../stats/durations.js';
import type { Accumulator, FileCounts, StageCell } from './accumulate.js';
import type { GroupTotals } from './group-totals.js';
import { countReason, type StepTotals } from './step-totals.js';

type Entries = [string, number][];

interface PlainStep extends Omit<StepTotals, 'durations' | 'reasons'> {
  durations: PlainDurations;
  reasons: Entries;
}

interface PlainGroup extends Omit<GroupTotals, 'outcomes' | 'callMs'> {
  outcomes: Entries;
  callMs: PlainDurations;
}

export interface Partial {
  steps: PlainStep[];
  total: PlainGroup;
  agents: [string, PlainGroup][];
  scripts: [string, PlainGroup][];
  locales: [string, PlainGroup][];
  agentStage: [string, [string, StageCell][]][];
  lines: SkipCounts;
  files: FileCounts;
  snapshotFolders: [string, string[]][];
  spellings: [string, number][];
}

export function toPartial(acc: Accumulator): { partial: Partial; transfer: ArrayBuffer[] } {
  const transfer: ArrayBuffer[] = [];
  const plainGroup = (g: GroupTotals): PlainGroup => {
    const callMs = g.callMs.toPlain();
    transfer.push(...callMs.transfer);
    return { ...g, outcomes: [...g.outcomes], callMs: callMs.plain };
  };
  const steps: PlainStep[] = [];
  for (const byStep of acc.steps.values()) {
    for (const s of byStep.values()) {
      const durations = s.durations.toPlain();
      transfer.push(...durations.transfer);
      steps.push({ ...s, durations: durations.plain, reasons: [...s.reasons] });
    }
  }
  const groups = (map: Map<string, GroupTotals>): [string, PlainGroup][] =>
    [...map].map(([key, g]) => [key, plainGroup(g)]);
  const partial: Partial = {
    steps,
    total: plainGroup(acc.total),
    agents: groups(acc.agents),
    scripts: groups(acc.scripts),
    locales: groups(acc.locales),
    agentStage: [...acc.agentStage].map(([agent, row]) => [agent, [...row]]),
    lines: acc.lines,
    files: acc.files,
    snapshotFolders: [...acc.snapshotFolders].map(([sha, folders]) => [sha, [...folders]]),
    spellings: acc.spellings().entries(),
  };
  return { partial, transfer };
}

function mergeGroup(into: GroupTotals, from: PlainGroup): void {
  into.sessions += from.sessions;
  into.completed += from.completed;
  into.aborted += from.aborted;
  into.interrupted += from.interrupted;
  into.entered += from.entered;
  into.done += from.done;
  into.skipped += from.skipped;
  for (const [k, n] of from.outcomes) into.outcomes.set(k, (into.outcomes.get(k) ?? 0) + n);
  into.callMs.mergePlain(from.callMs);
}

export function mergePartial(acc: Accumulator, p: Partial): void {
  for (const s of p.steps) {
    const row = acc.stepTotals(acc.stepsOf(s.script, s.sha), s.script, s.sha, s.step, s.stage);
    row.entered += s.entered;
    row.done += s.done;
    row.skipped += s.skipped;
    row.durations.mergePlain(s.durations);
    for (const [reason, n] of s.reasons) countReason(row.reasons, reason, n);
  }
  mergeGroup(acc.total, p.total);
  for (const [k, g] of p.agents) mergeGroup(acc.group(acc.agents, k), g);
  for (const [k, g] of p.scripts) mergeGroup(acc.group(acc.scripts, k), g);
  for (const [k, g] of p.locales) mergeGroup(acc.group(acc.locales, k), g);
  for (const [agent, cells] of p.agentStage) {
    const row = acc.stagesOf(agent);
    for (const [stage, c] of cells) {
      const cell = acc.stageCell(row, stage);
      cell.entered += c.entered;
      cell.done += c.done;
      cell.skipped += c.skipped;
    }
  }
  for (const [sha, folders] of p.snapshotFolders) {
    for (const folder of folders) acc.addSnapshotFolder(sha, folder);
  }
  const spellings = acc.spellings();
  for (const [spelling, times] of p.spellings) spellings.add(spelling, times);
  addCounts(acc.lines, p.lines);
  for (const k of Object.keys(p.files) as (keyof FileCounts)[]) acc.files[k] += p.files[k];
}
