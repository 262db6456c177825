import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FailureError } from '../../src/errors.js';
import { LogError } from '../../src/log/errors.js';
import { isSessionId } from '../../src/log/session-id.js';
import { type OpenSessionLogOptions, openSessionLog } from '../../src/log/writer.js';
import type { SessionEvent } from '../../src/session/types.js';
import { END, enter, iso, lines, sessionOptions, T0 } from './session-options.js';
import { makeTempDir, modeOf } from './temp.js';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.remove());

const options = (over: Partial<OpenSessionLogOptions> = {}) => sessionOptions(temp.dir, over);

describe('openSessionLog', () => {
  it('creates <log-dir>/<UTC day>/<session-id>.jsonl and writes the start line', () => {
    const log = openSessionLog(options());
    log.close();
    expect(isSessionId(log.sessionId)).toBe(true);
    expect(basename(log.path)).toBe(`${log.sessionId}.jsonl`);
    expect(dirname(log.path)).toBe(join(temp.dir, 'logs', '2026-11-23'));
    expect(readFileSync(log.path, 'utf8')).toBe(
      `{"v":1,"t":"${iso(T0)}","type":"start","session":"${log.sessionId}",` +
        `"script":{"id":"retail-returns","version":"2026.11","sha256":"${'ab'.repeat(32)}"},` +
        '"locale":"pt","agent":"ana","host":"ws-17","coach":"0.1.0","logPii":false}\n',
    );
  });

  it('records the script path and the starting variables, redacting personal ones', () => {
    const base = options();
    const log = openSessionLog({
      ...base,
      start: {
        ...base.start,
        script: { ...base.start.script, path: '/scripts/returns.yaml' },
        vars: { company: 'Loja Azul', customer: 'Ana Souza' },
      },
    });
    log.close();
    expect(lines(log.path)[0]).toMatchObject({
      script: { path: '/scripts/returns.yaml' },
      vars: { company: 'Loja Azul', customer: '‹redacted›' },
      logPii: false,
    });
  });

  it('makes the file 0600 and the folders it creates 0700, whatever the umask', () => {
    const previous = process.umask(0o277);
    try {
      const log = openSessionLog(options({ logDir: join(temp.dir, 'a', 'b') }));
      log.close();
      expect(modeOf(statSync(log.path))).toBe(0o600);
      expect(modeOf(statSync(dirname(log.path)))).toBe(0o700);
      expect(modeOf(statSync(join(temp.dir, 'a', 'b')))).toBe(0o700);
      expect(modeOf(statSync(join(temp.dir, 'a')))).toBe(0o700);
    } finally {
      process.umask(previous);
    }
  });

  it('leaves the mode of a log folder that already existed', () => {
    const logDir = join(temp.dir, 'shared');
    mkdirSync(logDir, { mode: 0o755 });
    const log = openSessionLog(options({ logDir }));
    log.close();
    expect(modeOf(statSync(logDir))).toBe(0o755);
    expect(modeOf(statSync(dirname(log.path)))).toBe(0o700);
  });

  it('never opens an existing file: a taken id is refused and the file kept', () => {
    const sessionId = '01KAQ3Z8X0ABCDEFGHJKMNPQRS';
    const first = openSessionLog(options({ sessionId }));
    first.append({ type: 'enter', step: 'greet', stage: 'greeting' }, T0 + 1);
    const before = readFileSync(first.path, 'utf8');
    let caught: unknown;
    try {
      openSessionLog(options({ sessionId }));
    } catch (error) {
      caught = error;
    }
    first.close();
    expect(caught).toBeInstanceOf(LogError);
    expect((caught as LogError).key).toBe('log.errors.exists');
    expect((caught as LogError).path).toBe(first.path);
    expect(readFileSync(first.path, 'utf8')).toBe(before);
  });

  it('gives two sessions started in the same millisecond two files', () => {
    const a = openSessionLog(options());
    const b = openSessionLog(options());
    a.close();
    b.close();
    expect(a.path).not.toBe(b.path);
    expect(readdirSync(dirname(a.path))).toHaveLength(2);
  });

  it('refuses a session id that is not one', () => {
    expect(() => openSessionLog(options({ sessionId: '../../etc/x' }))).toThrow(RangeError);
  });
});

describe('SessionLog.append', () => {
  it('writes each event as one JSON line with its time first', () => {
    const log = openSessionLog(options());
    const events: SessionEvent[] = [
      { type: 'enter', step: 'greet', stage: 'greeting' },
      { type: 'done', step: 'greet', stage: 'greeting', ms: 4210 },
      { type: 'skip', step: 'name', stage: 'rapport', reason: 'customer in a hurry', ms: 800 },
      { type: 'choice', step: 'need', option: 'return' },
      { type: 'note', step: 'need', text: 'two lines\nof "notes" \u2028 ফেরত' },
      { type: 'toggle', step: 'probe', item: 1, checked: true },
      { type: 'back', from: 'compare', to: 'need' },
      END,
    ];
    events.forEach((event, i) => {
      expect(log.append(event, T0 + 1000 * (i + 1))).toBe(true);
    });
    log.close();
    const text = readFileSync(log.path, 'utf8');
    const raw = text.split('\n');
    expect(raw).toHaveLength(events.length + 2); // start line, events, '' after the last \n
    expect(raw.at(-1)).toBe('');
    const parsed = lines(log.path);
    events.forEach((event, i) => {
      expect(parsed[i + 1]).toEqual({ t: iso(T0 + 1000 * (i + 1)), ...event });
      expect(Object.keys(parsed[i + 1] as object)[0]).toBe('t');
    });
  });

  it('redacts captures of personal variables unless the agent opted in', () => {
    const capture: SessionEvent = { type: 'capture', step: 'name', var: 'customer', value: 'Ana' };
    const other: SessionEvent = { type: 'capture', step: 'order', var: 'order', value: 'A-1' };
    const hidden = openSessionLog(options());
    hidden.append(capture, T0);
    hidden.append(other, T0);
    hidden.close();
    expect(lines(hidden.path).slice(1)).toMatchObject([{ value: '‹redacted›' }, { value: 'A-1' }]);
    expect(readFileSync(hidden.path, 'utf8')).not.toContain('Ana');

    const shown = openSessionLog(
      options({ redaction: { piiVars: new Set(['customer']), logPii: true } }),
    );
    shown.append(capture, T0);
    shown.close();
    expect(lines(shown.path)).toMatchObject([{ logPii: true }, { value: 'Ana' }]);
  });

  it('writes the end line once: appending after the end does nothing', () => {
    const log = openSessionLog(options());
    expect(log.ended).toBe(false);
    expect(log.append(END, T0 + 1)).toBe(true);
    expect(log.ended).toBe(true);
    const after = readFileSync(log.path, 'utf8');
    expect(log.append({ ...END, status: 'aborted' }, T0 + 2)).toBe(false);
    expect(log.append({ type: 'note', step: 'x', text: 'late' }, T0 + 3)).toBe(false);
    log.close();
    expect(readFileSync(log.path, 'utf8')).toBe(after);
    expect(lines(log.path).filter((l) => (l as { type: string }).type === 'end')).toHaveLength(1);
  });

  it('does nothing after close, and close can be called twice', () => {
    const log = openSessionLog(options());
    log.close();
    log.close();
    expect(log.append({ type: 'enter', step: 'greet', stage: 'greeting' }, T0)).toBe(false);
    expect(lines(log.path)).toHaveLength(1);
  });
});

describe('an unwritable log folder', () => {
  it('where a file stands in the way: a typed error naming the path', () => {
    const blocker = join(temp.dir, 'logs');
    writeFileSync(blocker, 'not a folder');
    for (const logDir of [blocker, join(blocker, 'deeper')]) {
      let caught: unknown;
      try {
        openSessionLog(options({ logDir }));
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(LogError);
      expect(caught).toBeInstanceOf(FailureError);
      const error = caught as LogError;
      expect(error.key).toBe('log.errors.notFolder');
      expect(String(error.params.path).startsWith(blocker)).toBe(true);
      expect(error.hint).toBe('log.errors.hint');
    }
  });

  it.skipIf(process.getuid?.() === 0)('without permission: a typed error', () => {
    const logDir = join(temp.dir, 'locked');
    mkdirSync(logDir, { mode: 0o500 });
    let caught: unknown;
    try {
      openSessionLog(options({ logDir }));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(LogError);
    expect((caught as LogError).key).toBe('log.errors.denied');
  });
});

describe('several events of one moment', () => {
  it('stores the first events with the start line', () => {
    const log = openSessionLog(options({ first: [enter('greet')] }));
    log.close();
    expect(lines(log.path)).toMatchObject([
      { type: 'start' },
      { t: iso(T0), type: 'enter', step: 'greet' },
    ]);
  });

  it('appends them together, redacted, and nothing after an end', () => {
    const log = openSessionLog(options());
    const capture: SessionEvent = { type: 'capture', step: 'name', var: 'customer', value: 'Ana' };
    expect(log.appendAll([capture, enter('need')], T0 + 1000)).toBe(true);
    expect(log.appendAll([END, enter('late')], T0 + 2000)).toBe(true);
    expect(log.appendAll([enter('later')], T0 + 3000)).toBe(false);
    log.close();
    expect(lines(log.path)).toMatchObject([
      { type: 'start' },
      { t: iso(T0 + 1000), type: 'capture', value: '‹redacted›' },
      { t: iso(T0 + 1000), type: 'enter', step: 'need' },
      { t: iso(T0 + 2000), type: 'end' },
    ]);
    expect(log.ended).toBe(true);
  });
});
