import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check, expectClean } from './helpers.js';

const returns = readFileSync(new URL('./fixtures/returns.yaml', import.meta.url), 'utf8');

describe('a clean script', () => {
  it('gives no diagnostics and the normalized model', () => {
    const result = check(returns);
    expectClean(result);
    const script = result.script;
    expect(script).toMatchObject({
      coach: 1,
      id: 'retail-returns',
      version: '2026.11',
      title: { en: 'Store returns', pt: 'Devoluções na loja' },
      source: 'en',
      locales: ['en', 'pt'],
    });
    expect(script?.variables).toEqual([
      {
        name: 'company',
        label: { en: 'Company name', pt: 'Empresa' },
        default: 'Loja Azul',
        pii: false,
      },
      { name: 'customer', label: { en: 'Customer name', pt: 'Nome do cliente' }, pii: true },
    ]);
    expect(script?.steps.map((s) => s.id)).toEqual([
      'greet',
      'name',
      'need',
      'probe',
      'return-item',
      'thanks',
    ]);
    expect(script?.steps[0]).toMatchObject({
      stage: 'greeting',
      required: true,
      targetMs: 15_000,
      end: false,
    });
    expect(script?.steps[1]).toMatchObject({ required: false, capture: 'customer' });
    expect(script?.steps[2]?.options).toEqual([
      {
        id: 'return',
        label: { en: 'Return an item', pt: 'Devolver um artigo' },
        next: 'return-item',
      },
      { id: 'unsure', label: { en: 'Not sure yet', pt: 'Ainda não sei' }, next: 'probe' },
    ]);
    expect(script?.steps[3]).toMatchObject({
      next: 'need',
      checklist: { en: ['What will you use it for?'] },
    });
  });

  it('fills in defaults: source en, locales [source], booleans false', () => {
    const result = check(
      'coach: 1\nid: x\ntitle: { pt: X }\nsource: pt\nsteps:\n' +
        ['greeting', 'rapport', 'needs', 'solutions', 'gratitude']
          .map((stage) => `  - { id: ${stage}, stage: ${stage} }`)
          .join('\n'),
    );
    expectClean(result);
    expect(result.script?.locales).toEqual(['pt']);
    expect(result.script?.variables).toEqual([]);
    expect(result.script?.steps[0]).toEqual({
      id: 'greeting',
      stage: 'greeting',
      required: false,
      end: false,
    });
  });

  it('gives no script when there is an error, whatever else is fine', () => {
    const result = check(returns.replace('stage: rapport', 'stage: rapport\n    colour: red'));
    expect(result.script).toBeUndefined();
    expect(result.diagnostics.map((d) => d.code)).toEqual(['UNKNOWN_KEY']);
  });
});
