/**
 * What the keys and pastes of one read of the terminal do to a live call: each key
 * through the keymap and, when it is an action, through the recorder (on disk
 * before anything is drawn). A paste is text in a text field and nothing
 * elsewhere. A read of many keys that is not a bracketed paste (a paste in a
 * terminal without it, a flood) never carries across a boundary: once a key opens
 * or closes a panel, or moves the call to another step, the rest of that read is
 * left out, so that a pasted "please refund 2 items" can never open the outcome
 * list with `e` and pick an outcome with `2`.
 */
import { TEXT_LIMITS } from '../call/limits.js';
import type { Recorder } from '../call/recorder.js';
import type { Locale } from '../i18n/locale.js';
import {
  EMPTY_FIELD,
  editField,
  type Field,
  type Inserted,
  insertText,
  pasteText,
} from '../view/field.js';
import { interpretKey, type Key, MAIN, type Mode, type Scroll } from '../view/keymap.js';
import type { Input } from '../view/keys.js';
import { yesKeys } from '../view/panel.js';
import type { ScreenMessage } from '../view/view.js';

/** More keys than this in one read is not typing: people press at most a key and Esc at once. */
const TYPED_AT_ONCE = 2;

/** How a read ended the screen's work: the call ended, or the agent stopped it. */
export type Outcome = 'ended' | 'stopped' | undefined;

export class LiveInput {
  mode: Mode = MAIN;
  field: Field = EMPTY_FIELD;
  message: ScreenMessage | undefined;
  /** The body's first line shown, and the rows of a page (from the last frame drawn). */
  scroll = 0;
  page = 1;
  /** Only the text field changed since the screen was last drawn (set again after each draw). */
  typing = true;
  readonly #yes: readonly string[];

  constructor(
    private readonly recorder: Recorder,
    locale: Locale,
    private readonly clock: () => number,
  ) {
    this.#yes = yesKeys(locale);
  }

  /** Where the call is: a change of it is a boundary a burst does not cross. */
  #place(): string {
    const { status, current } = this.recorder.state;
    return `${this.mode.kind} ${status} ${current ?? ''}`;
  }

  read(inputs: readonly Input[]): Outcome {
    const burst = inputs.filter((input) => input.kind === 'key').length > TYPED_AT_ONCE;
    for (const [i, input] of inputs.entries()) {
      const place = this.#place();
      const outcome = input.kind === 'key' ? this.#key(input.key) : this.#paste(input.text);
      if (outcome) return outcome;
      if (burst && this.#place() !== place) {
        const left = inputs.slice(i + 1).filter((rest) => rest.kind === 'key').length;
        if (left > 0) this.#say('warning', 'run.keys.burstDropped', { count: left });
        break;
      }
    }
    return undefined;
  }

  #say(kind: ScreenMessage['kind'], key: string, params?: Record<string, unknown>) {
    this.message = params ? { kind, key, params } : { kind, key };
    this.typing = false;
  }

  /** The most the open field takes: what the recorder accepts for its kind of text. */
  get #max(): number {
    const purpose = this.mode.kind === 'text' ? this.mode.purpose : 'note';
    return TEXT_LIMITS[purpose === 'capture' ? 'value' : purpose];
  }

  #inserted({ field, refused }: Inserted) {
    this.field = field;
    if (refused > 0) this.#say('warning', 'run.keys.fieldFull', { count: refused, max: this.#max });
  }

  #paste(text: string): Outcome {
    if (this.mode.kind === 'text') this.#inserted(pasteText(this.field, text, this.#max));
    else this.#say('warning', 'run.keys.pasteIgnored');
    return undefined;
  }

  #scroll(move: Scroll) {
    const step = move === 'up' || move === 'down' ? 1 : Math.max(1, this.page - 2);
    this.scroll = Math.max(0, this.scroll + (move === 'up' || move === 'pageup' ? -step : step));
  }

  #key(key: Key): Outcome {
    const { recorder } = this;
    const state = recorder.state;
    if (state.status === 'ended') return 'ended';
    const step = recorder.script.steps.find((s) => s.id === state.current);
    const result = interpretKey(this.mode, key, step, this.field.text, this.#yes);
    if (result.stop) return 'stopped';
    let next = result.mode;
    const editing =
      next.kind === 'text' && this.mode.kind === 'text' && !result.clearLine && !result.action;
    // Typing alone can be echoed on a plain terminal; anything else draws the screen.
    if (!editing || this.message !== undefined) this.typing = false;
    this.message = undefined;
    if (result.message) this.#say('warning', result.message);
    if (result.clearLine) this.field = EMPTY_FIELD;
    if (result.scroll) this.#scroll(result.scroll);
    if (editing) {
      if (key.sequence !== undefined && !key.ctrl)
        this.#inserted(insertText(this.field, key.sequence, this.#max));
      else this.field = editField(this.field, key) ?? this.field;
    }
    if (result.action) {
      const transition = recorder.apply(result.action, this.clock());
      if (!transition.ok) {
        this.#say('error', `run.reject.${transition.reason}`);
      } else if (transition.state.status === 'ended') {
        return 'ended';
      } else if (transition.state.status === 'wrapup' && next.kind === 'main') {
        // The flow is over: the only thing left is to say how the call went.
        next = { kind: 'end' };
      }
    }
    if (next.kind !== this.mode.kind || recorder.state.current !== state.current) this.scroll = 0;
    this.mode = next;
    return undefined;
  }
}
