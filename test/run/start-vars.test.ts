/**
 * The values a call starts with have one owner, the session machine: the start
 * line stores only what does not come from the script (docs/log-format.md §4), and
 * re-driving the machine from it — as replay does — gives the state the call
 * started in, for new logs and for older ones that stored the defaults too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openSession } from '../../src/call/open-session.js';
import { startSession } from '../../src/session/index.js';
import { removeTemps, sessionLogs, tempDir } from './cli.js';
import { shippedScript } from './plans.js';

afterEach(removeTemps);

function open(vars: Record<string, string>, script = shippedScript('service-cycle')) {
  const logDir = tempDir();
  const session = openSession({
    loaded: { script, source: 'unused', path: 'service-cycle.yaml', builtin: true },
    logDir,
    locale: 'en',
    agent: 'ana',
    vars,
    logPii: false,
    now: 1_000,
  });
  session.log.close();
  const [file] = sessionLogs(logDir);
  const start = JSON.parse(readFileSync(file as string, 'utf8').split('\n')[0] as string);
  return { script, session, start };
}

describe('starting values', () => {
  it('stores in the start line only the values that do not come from the script', () => {
    expect(open({}).start.vars).toEqual({ agent: 'ana' });
    expect(open({ company: 'Blue Shop' }).start.vars).toEqual({
      company: 'Blue Shop',
      agent: 'ana',
    });
  });

  it('starts the call with the script defaults, then --var, then the agent', () => {
    expect(open({}).session.vars).toEqual({ company: 'Aurora', agent: 'ana' });
    expect(open({ company: 'Blue Shop', agent: 'bob' }).session.vars).toEqual({
      company: 'Blue Shop',
      agent: 'ana',
    });
  });

  it('gives a replay from the start line the state the call started in', () => {
    const { script, session, start } = open({ company: 'Blue Shop' });
    const replayed = startSession(script, 1_000, start.vars).state;
    expect(replayed).toEqual(session.recorder.state);
    // Older logs stored the defaults too: they start the same.
    const older = startSession(script, 1_000, { company: 'Aurora', agent: 'ana' }).state;
    expect(older.vars).toEqual(open({}).session.recorder.state.vars);
  });
});

describe('a variable the script says is given when the call starts', () => {
  const shipped = shippedScript('service-cycle');
  const script = {
    ...shipped,
    variables: shipped.variables.map((v) =>
      v.name === 'company' ? { name: v.name, given: true, pii: false } : v,
    ),
  };

  it('must come with the run: without it the call does not start and writes nothing', () => {
    const logDir = tempDir();
    expect(() =>
      openSession({
        loaded: { script, source: 'unused', path: 'given.yaml', builtin: false },
        logDir,
        locale: 'en',
        agent: 'ana',
        vars: { company: '' },
        logPii: false,
        now: 1_000,
      }),
    ).toThrow(
      expect.objectContaining({
        exitCode: 2,
        key: 'run.errors.givenVarMissing',
        params: { name: 'company' },
      }),
    );
    expect(readdirSync(logDir)).toEqual([]);
  });

  it('starts with it', () => {
    expect(open({ company: 'Blue Shop' }, script).session.vars.company).toBe('Blue Shop');
  });
});
