/** The report's data: what `--format json` prints and every other format shows. */
import type { SessionStatusName as SessionStatus, SkipCounts } from '../log/read/types.js';

export interface Rates {
  readonly entered: number;
  readonly done: number;
  readonly skipped: number;
  /** skipped / (done + skipped); null when neither happened. */
  readonly skipRate: number | null;
}

export interface StepRow extends Rates {
  readonly script: string;
  readonly step: string;
  readonly stage: string;
  readonly medianMs: number | null;
  readonly p90Ms: number | null;
  /** The step's time budget in its script snapshot; null when unknown. */
  readonly targetMs: number | null;
  /** Share of done events over the step's target; null without a snapshot or a target. */
  readonly overTarget: number | null;
  /** Most common skip reasons; `reason: null` gathers reasons past the distinct-reason limit. */
  readonly topReasons: readonly { readonly reason: string | null; readonly count: number }[];
}

export interface StageRow extends Rates {
  readonly stage: string;
  readonly medianMs: number | null;
  readonly p90Ms: number | null;
  readonly overTarget: number | null;
}

export interface GroupRow extends Rates {
  readonly sessions: number;
  readonly byStatus: Readonly<Record<SessionStatus, number>>;
  readonly byOutcome: Readonly<Record<string, number>>;
  readonly medianCallMs: number | null;
}

export interface AgentStageRow extends Rates {
  readonly agent: string;
  readonly stage: string;
}

export interface Report {
  readonly sessions: {
    readonly total: number;
    readonly byStatus: Readonly<Record<SessionStatus, number>>;
    readonly byOutcome: Readonly<Record<string, number>>;
  };
  /** Truncated, corrupt (not a JSON object with a string type) and too long lines. */
  readonly unreadableLines: number;
  readonly skippedLines: Readonly<SkipCounts>;
  readonly skippedFiles: {
    readonly notSessionLog: number;
    readonly newerVersion: number;
    readonly unreadable: number;
    readonly duplicate: number;
  };
  readonly steps: readonly StepRow[];
  readonly stages: readonly StageRow[];
  readonly agents: readonly (GroupRow & { readonly agent: string })[];
  readonly scripts: readonly (GroupRow & {
    readonly script: string;
    readonly version: string | null;
  })[];
  readonly locales: readonly (GroupRow & { readonly locale: string })[];
  readonly agentStages: readonly AgentStageRow[];
}

export const DIMENSIONS = ['step', 'stage', 'agent', 'script', 'locale'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
export const FORMATS = ['table', 'csv', 'json', 'html'] as const;
export type Format = (typeof FORMATS)[number];
