/** The fields of a log line that a report reads, filled in place for every line. */

/** The fields of one line that reports read; `undefined` where absent or of another type. */
export interface LineFields {
  type: string | undefined;
  v: number | undefined;
  t: string | undefined;
  step: string | undefined;
  stage: string | undefined;
  reason: string | undefined;
  ms: number | undefined;
  status: string | undefined;
  outcome: string | undefined;
  locale: string | undefined;
  agent: string | undefined;
  /** Start lines: whether `script` is an object, and its string fields. */
  hasScript: boolean;
  scriptId: string | undefined;
  scriptVersion: string | undefined;
  scriptSha: string | undefined;
  /** End lines: the `skipped` array as JSON text, read only when a filter needs it. */
  skippedJson: string | undefined;
  skippedStart: number;
  skippedEnd: number;
  /** Where the fast path found `t` in the text (`t` itself is then left undefined). */
  tStart: number;
  tEnd: number;
  /** The object, when the line needed JSON.parse (other fields of start lines). */
  parsed: Record<string, unknown> | undefined;
}

export function emptyFields(): LineFields {
  return {
    type: undefined,
    v: undefined,
    t: undefined,
    step: undefined,
    stage: undefined,
    reason: undefined,
    ms: undefined,
    status: undefined,
    outcome: undefined,
    locale: undefined,
    agent: undefined,
    hasScript: false,
    scriptId: undefined,
    scriptVersion: undefined,
    scriptSha: undefined,
    skippedJson: undefined,
    skippedStart: -1,
    skippedEnd: -1,
    tStart: -1,
    tEnd: -1,
    parsed: undefined,
  };
}

export function reset(out: LineFields): void {
  out.type = undefined;
  out.v = undefined;
  out.t = undefined;
  out.step = undefined;
  out.stage = undefined;
  out.reason = undefined;
  out.ms = undefined;
  out.status = undefined;
  out.outcome = undefined;
  out.locale = undefined;
  out.agent = undefined;
  out.hasScript = false;
  out.scriptId = undefined;
  out.scriptVersion = undefined;
  out.scriptSha = undefined;
  out.skippedJson = undefined;
  out.skippedStart = -1;
  out.skippedEnd = -1;
  out.tStart = -1;
  out.tEnd = -1;
  out.parsed = undefined;
}
