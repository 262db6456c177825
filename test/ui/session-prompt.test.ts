/**
 * The live prompt driven by raw terminal input in memory, its output read through
 * a terminal emulator (@xterm/headless), with a recorder over an in-memory sink
 * and a clock that stands still: what each key stores, what the screen shows, and
 * that the store always comes before the screen.
 */
import { PassThrough, Writable } from 'node:stream';
import xterm from '@xterm/headless';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TEXT_LIMITS } from '../../src/call/limits.js';
import { type EventSink, Recorder } from '../../src/call/recorder.js';
import { initI18n, translatorFor } from '../../src/i18n/index.js';
import type { Locale } from '../../src/i18n/locale.js';
import type { Script, Step } from '../../src/script/types.js';
import type { SessionEvent } from '../../src/session/types.js';
import { sessionPrompt } from '../../src/ui/session-prompt.js';
import { type TerminalCaps, terminalCaps } from '../../src/ui/terminal-caps.js';
import { SKIP_REASONS } from '../../src/view/keymap.js';

const step = (fields: Partial<Step> & Pick<Step, 'id' | 'stage'>): Step => ({
  required: false,
  end: false,
  ...fields,
});

const SCRIPT: Script = {
  coach: 1,
  id: 'prompt-call',
  title: { en: 'Prompt call' },
  source: 'en',
  locales: ['en'],
  variables: [{ name: 'customer', label: { en: 'customer name' }, pii: true }],
  steps: [
    step({
      id: 'greet',
      stage: 'greeting',
      required: true,
      title: { en: 'Greet the caller' },
      say: { en: 'Hello, thank you for calling.' },
    }),
    step({ id: 'name', stage: 'rapport', title: { en: 'Ask the name' }, capture: 'customer' }),
    step({
      id: 'need',
      stage: 'needs',
      title: { en: 'Find the need' },
      options: [
        { id: 'return', label: { en: 'Return an item' } },
        { id: 'buy', label: { en: 'Buy a laptop' } },
      ],
    }),
    step({
      id: 'thanks',
      stage: 'gratitude',
      required: true,
      end: true,
      title: { en: 'Thank the caller' },
    }),
  ],
};

const NOW = Date.UTC(2026, 10, 23, 14, 0, 0);

interface Stored {
  readonly event: SessionEvent;
  /** How much the prompt had printed when the event was stored. */
  readonly printed: number;
}

const KEYS: Readonly<Record<string, string>> = { enter: '\r', escape: '\x1b' };
/** Longer than a frame (16 ms): the screen is drawn at most once a frame. */
const FRAME_WAIT = 40;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What a terminal of 80×40 shows after `text` was printed to it. */
async function shown(text: string, raw = false): Promise<string> {
  if (raw) return text;
  const term = new xterm.Terminal({ cols: 80, rows: 40, allowProposedApi: true });
  await new Promise<void>((done) => term.write(text, done));
  const buffer = term.buffer.active;
  const lines: string[] = [];
  for (let row = 0; row < term.rows; row++) {
    lines.push(buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? '');
  }
  term.dispose();
  return lines.join('\n').trimEnd();
}

const running: Array<() => void> = [];

type Prompt = Awaited<ReturnType<typeof start>>;

interface StartOptions {
  readonly rows?: number;
  readonly caps?: TerminalCaps;
}

async function start(locale: Locale = 'en', options: StartOptions = {}) {
  const stored: Stored[] = [];
  let printed = '';
  let writes = 0;
  const sink: EventSink & { ended: boolean } = {
    ended: false,
    appendAll(events) {
      if (this.ended) return false;
      for (const event of events) {
        stored.push({ event, printed: printed.length });
        if (event.type === 'end') this.ended = true;
      }
      return true;
    },
  };
  const recorder = Recorder.start(SCRIPT, sink, NOW, {});
  const input = new PassThrough();
  const output = Object.assign(
    new Writable({
      write(chunk, _encoding, done) {
        printed += String(chunk);
        writes++;
        done();
      },
    }),
    { rows: options.rows ?? 40 },
  );
  const stop = new AbortController();
  running.push(() => stop.abort());
  const answer = sessionPrompt(
    {
      recorder,
      locale,
      agent: 'ana',
      vars: {},
      columns: () => 80,
      clock: () => NOW + 5000,
      caps: options.caps ?? { cursor: true, unicode: true },
    },
    { input, output, signal: stop.signal },
  );
  answer.catch(() => undefined);
  await wait(FRAME_WAIT);
  const send = async (data: string) => {
    input.write(data);
    await wait(FRAME_WAIT);
  };
  return {
    answer,
    stored,
    types: () => stored.map(({ event }) => event.type),
    /** How many times the prompt wrote to the terminal: once a frame drawn. */
    writes: () => writes,
    input,
    /** Stops the prompt as a signal does. */
    abort: () => stop.abort(),
    getScreen: (options: { raw?: boolean } = {}) => shown(printed, options.raw),
    /** The screen as it was when the `index`th stored event was stored. */
    screenAt: (index: number) => shown(printed.slice(0, stored[index]?.printed ?? 0)),
    press: (name: string) => send(KEYS[name] ?? name),
    type: send,
  };
}

/**
 * Characters a terminal would act on, as U+ codes: C0, DEL, C1 and bidi overrides,
 * except line breaks and the CSI sequences the prompt moves its cursor with.
 */
function strayControls(raw: string): string[] {
  const chars = [...raw];
  const stray: string[] = [];
  chars.forEach((ch, i) => {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '\n' || (ch === '\x1b' && chars[i + 1] === '[')) return;
    const control = code < 0x20 || (code >= 0x7f && code <= 0x9f);
    const bidi = (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
    if (control || bidi) stray.push(`U+${code.toString(16).padStart(4, '0')}`);
  });
  return stray;
}

/** The text of item 1 of the numbered list on screen. */
const firstItem = (screen: string) =>
  screen
    .split('\n')
    .find((line) => /^1 +\S/.test(line))
    ?.replace(/^1 +/, '');

beforeAll(() => initI18n('en'));

afterEach(() => {
  for (const stop of running.splice(0)) stop();
});

describe('the session prompt', () => {
  it('moves on with Enter, drawing the next step only once done and enter are stored', async () => {
    const p = await start();
    expect(await p.getScreen()).toContain('Greet the caller');
    expect(p.types()).toEqual(['enter']);

    await p.press('enter');
    // A frame after the key, not the next tick of the clock (a second away).
    const screen = await p.getScreen();
    expect(screen).toContain('Ask the name');
    expect(screen).not.toContain('Greet the caller');
    expect(p.stored.slice(1).map(({ event }) => event)).toEqual([
      { type: 'done', step: 'greet', stage: 'greeting', ms: 5000 },
      { type: 'enter', step: 'name', stage: 'rapport' },
    ]);
    for (const index of [1, 2]) {
      const before = await p.screenAt(index);
      expect(before).toContain('Greet the caller');
      expect(before).not.toContain('Ask the name');
    }
  });

  it('shows why the machine refused a key, in the screen language', async () => {
    const p = await start('pt');
    await p.press('b');
    const pt = translatorFor('pt')('run.reject.nothing-to-go-back-to');
    expect(await p.getScreen()).toContain(pt);
    expect(pt).not.toBe(translatorFor('en')('run.reject.nothing-to-go-back-to'));
    expect(p.types()).toEqual(['enter']);
  });

  it('refuses Enter on a choice step until an option is chosen', async () => {
    const p = await start();
    await p.press('enter');
    await p.press('enter');
    await p.press('enter');
    expect(await p.getScreen()).toContain('Find the need');
    expect(await p.getScreen()).toContain(translatorFor('en')('run.reject.choose-first'));
    await p.press('2');
    expect(p.stored.at(-3)?.event).toEqual({ type: 'choice', step: 'need', option: 'buy' });
    expect(await p.getScreen()).toContain('Thank the caller');
  });

  it('asks before skipping a required step, then takes a reason', async () => {
    const p = await start();
    const t = translatorFor('en');
    await p.press('s');
    expect(await p.getScreen()).toContain(t('run.panel.skipConfirm'));
    expect(p.types()).toEqual(['enter']);
    await p.press('y');
    expect(await p.getScreen()).toContain(t('run.panel.skipReason'));
    expect(firstItem(await p.getScreen())).toBe(t('screen.skipReasons.hurry'));
    await p.press('1');
    expect(p.stored.map(({ event }) => event)).toContainEqual({
      type: 'skip',
      step: 'greet',
      stage: 'greeting',
      reason: 'hurry',
      ms: 5000,
    });
    expect(await p.getScreen()).toContain('Ask the name');
  });

  it('records a note typed after n', async () => {
    const p = await start();
    await p.press('n');
    expect(await p.getScreen()).toContain(translatorFor('en')('run.panel.type.note'));
    await p.type('caller is on a train');
    expect(await p.getScreen()).toContain('› caller is on a train');
    await p.press('enter');
    expect(p.stored.at(-1)?.event).toEqual({
      type: 'note',
      step: 'greet',
      text: 'caller is on a train',
    });
    expect(await p.getScreen()).toContain('Note  caller is on a train');
    expect(await p.getScreen()).not.toContain('› caller');
  });

  it('records the value typed after c', async () => {
    const p = await start();
    await p.press('enter');
    await p.press('c');
    expect(await p.getScreen()).toContain('customer name');
    await p.type('Ana Lima');
    await p.press('enter');
    expect(p.stored.at(-1)?.event).toEqual({
      type: 'capture',
      step: 'name',
      var: 'customer',
      value: 'Ana Lima',
    });
    expect(await p.getScreen()).toContain('customer name: Ana Lima');
  });

  it('opens the outcome list after the last step; 1 ends the call as resolved', async () => {
    const p = await start();
    const t = translatorFor('en');
    await p.press('enter');
    await p.press('enter');
    await p.press('1');
    await p.press('enter');
    expect(await p.getScreen()).toContain(t('run.panel.outcome'));
    expect(firstItem(await p.getScreen())).toBe(t('screen.outcomes.resolved'));
    expect(p.types()).not.toContain('end');
    await p.press('1');
    await expect(p.answer).resolves.toBeUndefined();
    expect(p.stored.at(-1)?.event).toEqual({
      type: 'end',
      status: 'completed',
      outcome: 'resolved',
      skipped: [],
      unreached: [],
      ms: 5000,
    });
  });

  it('keeps control characters of a typed note off the screen, and in the note', async () => {
    const p = await start();
    await p.press('n');
    // Esc cannot be typed into a field (it closes it): the rest of the C0 and C1 can.
    await p.type('call\u202e back\u009b31m \u0085later\x07\x0e ok');
    const typing = await p.getScreen({ raw: true });
    await p.press('enter');
    const shown = await p.getScreen({ raw: true });
    expect(strayControls(typing)).toEqual([]);
    expect(strayControls(shown)).toEqual([]);
    expect(shown).toContain('Note');
    const note = p.stored.at(-1)?.event;
    expect(note?.type).toBe('note');
    // The log keeps what was typed; only the screen is cleaned.
    expect(note && 'text' in note ? note.text : '').toContain('\u202e');
  });
});

describe('what comes in at once', () => {
  const t = translatorFor('en');
  const PASTE = (text: string) => `\x1b[200~${text}\x1b[201~`;

  it('takes a bracketed paste in a note as one line of text, keys and lines included', async () => {
    const p = await start();
    await p.press('n');
    await p.type(PASTE('please refund\r2 items e'));
    expect(await p.getScreen()).toContain('› please refund 2 items e');
    expect(p.types()).toEqual(['enter']);
    await p.press('enter');
    expect(p.stored.at(-1)?.event).toEqual({
      type: 'note',
      step: 'greet',
      text: 'please refund 2 items e',
    });
  });

  it('does nothing with a paste outside a text field, and says so', async () => {
    const p = await start();
    await p.type(PASTE('please refund 2 items\r'));
    expect(p.types()).toEqual(['enter']);
    expect(await p.getScreen()).toContain('Greet the caller');
    expect(await p.getScreen()).toContain(t('run.keys.pasteIgnored').slice(0, 40));
  });

  it('stops a burst of keys that is not a bracketed paste at the panel it opened', async () => {
    const p = await start();
    // "please": p and l do nothing, e opens the outcome list; " refund 2 …" must not pick.
    await p.type('please refund 2 items\r');
    const screen = await p.getScreen();
    expect(screen).toContain(t('run.panel.outcome'));
    expect(screen).toContain('more keys came in the same burst and were left out');
    expect(p.types()).toEqual(['enter']);
    await p.press('escape');
    // An Esc alone waits a moment for the rest of a sequence a slow link may split.
    await wait(100);
    expect(await p.getScreen()).not.toContain(t('run.panel.outcome'));
  });

  it('draws at most once a frame however many reads come at once', async () => {
    const p = await start();
    await p.press('n');
    const before = p.writes();
    for (const ch of 'x'.repeat(300)) p.input.write(ch);
    await wait(FRAME_WAIT * 3);
    expect(p.writes() - before).toBeLessThanOrEqual(3);
    expect(await p.getScreen()).toMatch(/› …x{70}/);
  });

  it('reads Esc then a digit in one read as Esc, then the digit', async () => {
    const p = await start();
    await p.press('s');
    await p.press('y');
    expect(await p.getScreen()).toContain(t('run.panel.skipReason'));
    await p.type('\x1b3');
    const screen = await p.getScreen();
    expect(screen).not.toContain(t('run.panel.skipReason'));
    expect(screen).toContain(t('run.keys.nothingToPick'));
    expect(p.types()).toEqual(['enter']);
  });

  it('asks before Ctrl-D ends the call; any other key goes back to it', async () => {
    const p = await start();
    await p.type('\x04');
    expect(await p.getScreen()).toContain(t('run.panel.quitConfirm'));
    await p.press('x');
    expect(await p.getScreen()).not.toContain(t('run.panel.quitConfirm'));
    expect(await p.getScreen()).toContain('Greet the caller');
    await p.type('\x04');
    await p.press('y');
    await expect(p.answer).rejects.toMatchObject({ name: 'ExitPromptError' });
  });

  it('confirms with the language’s own key as well as y, and shows it', async () => {
    for (const [locale, yes] of [
      ['pl', 't'],
      ['cs', 'a'],
      ['pt', 's'],
    ] as const) {
      const p = await start(locale);
      const tl = translatorFor(locale);
      await p.press('s');
      expect(await p.getScreen()).toContain(`${yes}: `);
      await p.press(yes);
      expect(await p.getScreen()).toContain(tl('run.panel.skipReason'));
    }
  });

  it('takes at most 1,000 characters in a reason field and says how many it left out', async () => {
    const p = await start();
    await p.press('s');
    await p.press('y');
    await p.press(String(SKIP_REASONS.length + 1));
    await p.type(PASTE('x'.repeat(1500)));
    const screen = (await p.getScreen()).replace(/\s+/g, ' ');
    expect(screen).toContain(t('run.keys.fieldFull', { count: 500, max: 1000 }));
    await p.press('enter');
    const skip = p.stored.find(({ event }) => event.type === 'skip')?.event;
    expect(skip && 'reason' in skip ? skip.reason.length : 0).toBe(1000);
  });

  it('takes in a note what the recorder keeps of a note, more than a reason', async () => {
    const p = await start();
    await p.press('n');
    await p.type(PASTE('x'.repeat(TEXT_LIMITS.note + 5)));
    const screen = (await p.getScreen()).replace(/\s+/g, ' ');
    expect(screen).toContain(t('run.keys.fieldFull', { count: 5, max: TEXT_LIMITS.note }));
    await p.press('enter');
    const note = p.stored.at(-1)?.event;
    expect(note && 'text' in note ? note.text.length : 0).toBe(TEXT_LIMITS.note);
  });

  it('asks for a bigger window below the smallest, and still records keys', async () => {
    const p = await start('en', { rows: 8 });
    expect(await p.getScreen()).toContain('too small');
    await p.press('enter');
    expect(p.types()).toEqual(['enter', 'done', 'enter']);
  });

  it('prints plain lines on a terminal without cursor addressing, and only when something changes', async () => {
    const p = await start('en', { caps: { cursor: false, unicode: false } });
    const first = await p.getScreen({ raw: true });
    expect(first).toContain('Greet the caller');
    expect(first).not.toContain('\x1b');
    await wait(1200);
    expect(await p.getScreen({ raw: true })).toBe(first);
    await p.press('enter');
    const next = await p.getScreen({ raw: true });
    expect(next.startsWith(first)).toBe(true);
    expect(next.slice(first.length)).toContain('Ask the name');
    expect(next).not.toContain('\x1b');
  });
});

describe('the terminal’s modes', () => {
  const ON = '\x1b[?2004h';
  const OFF = '\x1b[?2004l';
  const ways = {
    'the call ends': async (p: Prompt) => {
      for (const key of ['enter', 'enter', '1', 'enter', '1']) await p.press(key);
    },
    'Ctrl-C': (p: Prompt) => p.type('\x03'),
    'a signal': async (p: Prompt) => p.abort(),
  };

  for (const [way, leave] of Object.entries(ways)) {
    it(`turns bracketed paste on at the start and off when ${way}`, async () => {
      const p = await start();
      expect(await p.getScreen({ raw: true })).toContain(ON);
      await leave(p);
      await p.answer.catch(() => undefined);
      const raw = await p.getScreen({ raw: true });
      expect(raw.lastIndexOf(OFF)).toBeGreaterThan(raw.lastIndexOf(ON));
      // The alternate screen is left too, and the cursor shown again.
      expect(raw.endsWith('\x1b[?2004l\x1b[?25h\x1b[?1049l')).toBe(true);
    });
  }

  it('reads TERM=dumb as no cursor addressing, and no UTF-8 locale as ASCII', () => {
    expect(terminalCaps({ TERM: 'xterm-256color', LANG: 'pl_PL.UTF-8' }, 'linux')).toEqual({
      cursor: true,
      unicode: true,
    });
    expect(terminalCaps({ TERM: 'dumb', LANG: 'en_US.utf8' }, 'linux').cursor).toBe(false);
    expect(terminalCaps({ TERM: 'xterm', LANG: 'C' }, 'linux').unicode).toBe(false);
    // LC_ALL wins over LANG, as the C library reads them.
    expect(terminalCaps({ TERM: 'xterm', LC_ALL: 'C', LANG: 'C.UTF-8' }, 'linux').unicode).toBe(
      false,
    );
    expect(terminalCaps({ TERM: 'xterm', LC_CTYPE: 'cs_CZ.UTF-8' }, 'linux').unicode).toBe(true);
  });
});
