import { describe, expect, it } from 'vitest';
import type { Destination, PreviewStep } from '../../src/preview/outline.js';
import { STAGES } from '../../src/script/types.js';
import { crafted, HOSTILE, outlineOf, SHIPPED, shipped, withVersion } from './fixtures.js';

const allSteps = (stages: readonly { steps: readonly PreviewStep[] }[]) =>
  stages.flatMap((s) => s.steps);

describe('the outline of a script', () => {
  for (const id of SHIPPED) {
    it(`${id}: every step once, stages in cycle order, every option leads where the flow goes`, () => {
      const script = shipped(id);
      const { outline } = outlineOf(script, 'en');
      const steps = allSteps(outline.stages);
      expect(steps.map((s) => s.id)).toEqual(script.steps.map((s) => s.id));
      expect(steps.map((s) => s.number)).toEqual(script.steps.map((_, i) => i + 1));
      const order = outline.stages.map((s) => STAGES.indexOf(s.stage));
      expect(order).toEqual([...order].sort((a, b) => a - b));
      expect(outline.stages.map((s) => s.stage)).toEqual([...STAGES]);

      for (const step of script.steps) {
        const shown = steps.find((s) => s.id === step.id) as PreviewStep;
        expect(shown.options.map((o) => o.id)).toEqual((step.options ?? []).map((o) => o.id));
        for (const option of step.options ?? []) {
          const to = shown.options.find((o) => o.id === option.id)?.to as Destination;
          if (option.next !== undefined) {
            expect(to).toMatchObject({ kind: 'step', id: option.next });
            const target = steps.find((s) => s.id === option.next) as PreviewStep;
            expect(to).toMatchObject({ number: target.number, title: target.title });
          } else {
            expect(['following', 'end', 'step']).toContain(to.kind);
          }
        }
        if (step.next !== undefined && !step.end) {
          expect(shown.then).toMatchObject({ kind: 'step', id: step.next });
        }
        if (step.end) expect(shown.then).toEqual({ kind: 'end' });
      }
      expect(steps.at(-1)?.then).toEqual({ kind: 'end' });
      expect(outline.fallbacks).toBe(0);
    });
  }

  it('marks loops back, the following step and the end', () => {
    const { outline } = outlineOf(crafted, 'en');
    const steps = allSteps(outline.stages);
    const need = steps.find((s) => s.id === 'need') as PreviewStep;
    expect(need.options.map((o) => o.to.kind)).toEqual(['step', 'step', 'following']);
    expect(need.options[0]?.to).toMatchObject({ id: 'probe', back: false });
    expect(need.then).toBeUndefined();
    const probe = steps.find((s) => s.id === 'probe') as PreviewStep;
    expect(probe.then).toMatchObject({ kind: 'step', id: 'need', number: 3, back: true });
    expect(steps.find((s) => s.id === 'thanks')?.then).toEqual({ kind: 'end' });
  });

  it('shows the script in the locale asked for, else per text in its source locale, counting those', () => {
    const script = shipped('service-cycle');
    const { outline } = outlineOf(script, 'bn');
    expect(outline.fallbacks).toBe(0);
    expect(outline.title.lang).toBe('bn');
    const partial = outlineOf(crafted, 'pl').outline;
    expect(partial.fallbacks).toBeGreaterThan(0);
    expect(partial.title.lang).toBe('en');
  });

  it('keeps placeholders apart from the text and fills them from --var values only', () => {
    const plain = outlineOf(crafted, 'en').outline;
    const say = allSteps(plain.stages)[0]?.say?.segments ?? [];
    expect(say).toContainEqual(expect.objectContaining({ kind: 'variable', name: 'company' }));
    expect(say.find((s) => s.kind === 'variable')).not.toHaveProperty('value');
    const filled = outlineOf(crafted, 'en', { company: 'Blue Shop' }).outline;
    expect(allSteps(filled.stages)[0]?.say?.segments).toContainEqual(
      expect.objectContaining({ kind: 'variable', name: 'company', value: 'Blue Shop' }),
    );
    expect(filled.variables.find((v) => v.name === 'company')).toMatchObject({
      value: 'Blue Shop',
      default: 'Acme',
    });
    expect(filled.variables.find((v) => v.name === 'agent')).toMatchObject({
      builtin: true,
      label: "Agent's name",
    });
    expect(filled.variables.find((v) => v.name === 'customer')).toMatchObject({
      capturedAt: 2,
      pii: true,
    });
  });

  it('takes the version label as a clean line of text, and none when nothing is left of it', () => {
    expect(outlineOf(shipped('service-cycle'), 'en').outline.version).toBe('2026.11');
    const hostile = outlineOf(withVersion(` 2026.11\t${HOSTILE}\n`).script, 'en').outline;
    expect(hostile.version).toBe('2026.11 [31mred[0m ]0;pwned bell desrever del c12J');
    expect(outlineOf(withVersion('\x1b\x07 ').script, 'en').outline).not.toHaveProperty('version');
  });
});
