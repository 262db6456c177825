/**
 * Every field of a log line that format version 1 defines, filled in place for
 * each line so that reading a file builds no object per line. A field is
 * `undefined` when the line lacks it or holds a value of another JSON type;
 * what a line means is decided from these fields in ../line-rules.ts.
 */
export class LineFields {
  type: string | undefined = undefined;
  v: number | undefined = undefined;
  /** The time as text; the fast path leaves it undefined and sets tStart/tEnd. */
  t: string | undefined = undefined;
  /** Where the fast path found `t` in the text it was given (-1: not there). */
  tStart = -1;
  tEnd = -1;
  ms: number | undefined = undefined;
  step: string | undefined = undefined;
  stage: string | undefined = undefined;
  reason: string | undefined = undefined;
  status: string | undefined = undefined;
  outcome: string | undefined = undefined;
  option: string | undefined = undefined;
  varName: string | undefined = undefined;
  value: string | undefined = undefined;
  text: string | undefined = undefined;
  item: number | undefined = undefined;
  checked: boolean | undefined = undefined;
  from: string | undefined = undefined;
  to: string | undefined = undefined;
  session: string | undefined = undefined;
  locale: string | undefined = undefined;
  agent: string | undefined = undefined;
  host: string | undefined = undefined;
  coach: string | undefined = undefined;
  logPii: boolean | undefined = undefined;
  answers: boolean | undefined = undefined;
  /** Start lines: whether `script` is an object, and its string fields. */
  hasScript = false;
  scriptId: string | undefined = undefined;
  scriptVersion: string | undefined = undefined;
  scriptSha: string | undefined = undefined;
  scriptPath: string | undefined = undefined;
  /** Arrays and objects as JSON text, parsed only by a reader that needs them. */
  skippedJson: string | undefined = undefined;
  unreachedJson: string | undefined = undefined;
  varsJson: string | undefined = undefined;

  /**
   * Whether a field only some lines have (start lines, captures, toggles, the
   * end's lists) was set: resetting them for every line would cost more than
   * reading most lines.
   */
  rare = false;

  reset(): void {
    this.type = undefined;
    this.v = undefined;
    this.t = undefined;
    this.tStart = -1;
    this.tEnd = -1;
    this.ms = undefined;
    this.step = undefined;
    this.stage = undefined;
    this.reason = undefined;
    this.status = undefined;
    this.outcome = undefined;
    this.option = undefined;
    this.text = undefined;
    this.from = undefined;
    this.to = undefined;
    if (this.rare) this.#resetRare();
  }

  #resetRare(): void {
    this.rare = false;
    this.varName = undefined;
    this.value = undefined;
    this.item = undefined;
    this.checked = undefined;
    this.session = undefined;
    this.locale = undefined;
    this.agent = undefined;
    this.host = undefined;
    this.coach = undefined;
    this.logPii = undefined;
    this.answers = undefined;
    this.hasScript = false;
    this.scriptId = undefined;
    this.scriptVersion = undefined;
    this.scriptSha = undefined;
    this.scriptPath = undefined;
    this.skippedJson = undefined;
    this.unreachedJson = undefined;
    this.varsJson = undefined;
  }

  /** The line's time as text, wherever the scanner left it. */
  timeIn(text: string): string | undefined {
    return this.t ?? (this.tStart >= 0 ? text.slice(this.tStart, this.tEnd) : undefined);
  }
}
