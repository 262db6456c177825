import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Script } from '../../src/script/types.js';
import { applyAction } from '../../src/session/index.js';
import { cycle } from './fixtures.js';
import { branchWalks, play } from './walk.js';

function expectEveryBranchEnds(script: Script): void {
  const walks = branchWalks(script);
  for (const { label, actions } of walks) {
    expect(actions, `${label} has a way to the end`).toBeDefined();
    const { state, refused } = play(script, actions ?? []);
    expect(refused, label).toBeUndefined();
    expect(state.status, label).toBe('wrapup');
    const end = applyAction(script, state, { type: 'end', outcome: 'resolved' }, 1e9);
    expect(end.ok && end.events[0], label).toMatchObject({ status: 'completed', unreached: [] });
  }
}

describe('walking every branch', () => {
  it('reaches the end through each option of the test cycle', () => {
    expect(branchWalks(cycle).map((walk) => walk.label)).toEqual([
      'need → return',
      'need → buy',
      'need → unsure',
    ]);
    expectEveryBranchEnds(cycle);
  });
});

const scriptsDir = fileURLToPath(new URL('../../scripts/', import.meta.url));
const shipped = existsSync(scriptsDir)
  ? readdirSync(scriptsDir).filter((name) => /\.ya?ml$/.test(name))
  : [];
// A variable, so that the type checker does not require the module while it is written.
const scriptModule = '../../src/script/index.js';

/** Accepts `{ script, diagnostics }` or a bare Script from the loader. */
function scriptFrom(result: unknown): { script?: Script; errors: unknown[] } {
  const value = result as {
    script?: Script;
    diagnostics?: { severity: string }[];
    steps?: unknown;
  };
  const errors = (value.diagnostics ?? []).filter((d) => d.severity === 'error');
  return { script: value.steps ? (value as unknown as Script) : value.script, errors };
}

describe.skipIf(shipped.length === 0)('shipped scripts', () => {
  it.each(shipped)('%s: every option of every choice step leads to the end', async (name) => {
    const { checkScript } = (await import(scriptModule)) as {
      checkScript?: (s: string) => unknown;
    };
    expect(typeof checkScript).toBe('function');
    const source = readFileSync(`${scriptsDir}${name}`, 'utf8');
    const { script, errors } = scriptFrom(await checkScript?.(source));
    expect(errors).toEqual([]);
    expect(script).toBeDefined();
    if (script) expectEveryBranchEnds(script);
  });
});
