import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  check,
  codes,
  expectClean,
  expectDiagnostic,
  FIVE_STEPS,
  withSteps,
  yaml,
} from './helpers.js';

// withSteps: step i (from 0) is on line 5 + i; what follows `steps` starts on line 10.
const LOCALES = 'locales: [en, pt]\n';

/** FIVE_STEPS with a Portuguese text beside each English one. */
const TRANSLATED = FIVE_STEPS.replace('{ en: "Hello." }', '{ en: "Hello.", pt: "Olá." }')
  .replace('{ en: "Your name?" }', '{ en: "Your name?", pt: "Seu nome?" }')
  .replace('{ en: "How can I help?" }', '{ en: "How can I help?", pt: "Como posso ajudar?" }')
  .replace(
    '{ en: "Here is what we can do." }',
    '{ en: "Here is what we can do.", pt: "Veja o que podemos fazer." }',
  )
  .replace('{ en: "Thank you." }', '{ en: "Thank you.", pt: "Obrigado." }');

const script = (steps: string, title = '{ en: Test, pt: Teste }') =>
  check(withSteps(steps, LOCALES).replace('title: { en: Test }', `title: ${title}`));

describe('translation lint', () => {
  it('finds nothing in a faithful translation', () => {
    expectClean(script(TRANSLATED));
  });

  describe('TRANSLATION_SAME_AS_SOURCE', () => {
    it('reports a sentence left in the source language, at the translation', () => {
      const steps = TRANSLATED.replace(
        'pt: "Veja o que podemos fazer."',
        'pt: "Here is what we can do."',
      );
      const result = script(steps);
      const d = expectDiagnostic(result, 'TRANSLATION_SAME_AS_SOURCE', '8:78', 'warning');
      expect(d.params).toEqual({ language: 'pt', source: 'en' });
      expect(d.path).toBe('steps.3.say.pt');
      expect(codes(result)).toEqual(['TRANSLATION_SAME_AS_SOURCE']);
    });

    it('leaves alone what is rightly the same: names, codes, numbers, single words', () => {
      const titles = [
        '{ en: "Nimbus", pt: "Nimbus" }',
        '{ en: "SSD 16 GB", pt: "SSD 16 GB" }',
        '{ en: "{{agent}}: 2026", pt: "{{agent}}: 2026" }',
        '{ en: "OK!", pt: "OK!" }',
        '{ en: "Laptop", pt: "Laptop" }',
      ];
      for (const title of titles) expect(script(TRANSLATED, title).diagnostics).toEqual([]);
    });

    it('compares list items one by one', () => {
      const steps = TRANSLATED.replace(
        'stage: greeting,',
        'stage: greeting, tips: { en: ["Smile first.", "Speak slowly."], pt: ["Sorria antes.", "Speak slowly."] },',
      );
      const d = expectDiagnostic(script(steps), 'TRANSLATION_SAME_AS_SOURCE', '5:104', 'warning');
      expect(d.path).toBe('steps.0.tips.pt.1');
    });
  });

  describe('TRANSLATION_VARIABLES', () => {
    it('names the variables missing and added', () => {
      const steps = TRANSLATED.replace(
        '{ en: "Thank you.", pt: "Obrigado." }',
        '{ en: "Thank you, {{agent}}.", pt: "Obrigado, {{company}}." }',
      );
      const d = expectDiagnostic(script(steps), 'TRANSLATION_VARIABLES', '9:77', 'warning');
      expect(d.params).toEqual({ language: 'pt', missing: 'agent', extra: 'company' });
    });

    it('shows a dash for an empty side', () => {
      const steps = TRANSLATED.replace(
        '{ en: "Hello.", pt: "Olá." }',
        '{ en: "Hello.", pt: "Olá, {{agent}}." }',
      );
      const d = expectDiagnostic(script(steps), 'TRANSLATION_VARIABLES', '5:60', 'warning');
      expect(d.params).toEqual({ language: 'pt', missing: '—', extra: 'agent' });
    });
  });

  describe('TRANSLATION_PUNCTUATION', () => {
    it('reports a question that is no longer one', () => {
      const steps = TRANSLATED.replace('pt: "Como posso ajudar?"', 'pt: "Diga como posso ajudar."');
      const d = expectDiagnostic(script(steps), 'TRANSLATION_PUNCTUATION', '7:65', 'warning');
      expect(d.params).toEqual({ language: 'pt', sourceEnd: '?', textEnd: '.' });
    });

    it('reports a sentence end lost or added', () => {
      const lost = TRANSLATED.replace('pt: "Obrigado."', 'pt: "Obrigado"');
      expect(
        expectDiagnostic(script(lost), 'TRANSLATION_PUNCTUATION', '9:66', 'warning').params,
      ).toEqual({
        language: 'pt',
        sourceEnd: '.',
        textEnd: 'o',
      });
      const added = TRANSLATED.replace(
        '{ en: "Hello.", pt: "Olá." }',
        '{ en: "Hello", pt: "Olá." }',
      );
      expectDiagnostic(script(added), 'TRANSLATION_PUNCTUATION', '5:59', 'warning');
      const quoted = TRANSLATED.replace(
        '"Your name?", pt: "Seu nome?"',
        `'Ask: "Your name?"', pt: 'Pergunte: "Seu nome."'`,
      );
      expectDiagnostic(script(quoted), 'TRANSLATION_PUNCTUATION', '6:69', 'warning');
    });

    it('names the last character as a reader sees it: a letter with its vowel sign, an emoji', () => {
      const bengali = TRANSLATED.replace('pt: "Obrigado."', 'pt: "ধন্যবাদ (আমি)"');
      const d = expectDiagnostic(script(bengali), 'TRANSLATION_PUNCTUATION', '9:66', 'warning');
      expect(d.params).toEqual({ language: 'pt', sourceEnd: '.', textEnd: 'মি' });
      const emoji = TRANSLATED.replace('pt: "Obrigado."', 'pt: "Obrigado 👍🏽"');
      const e = expectDiagnostic(script(emoji), 'TRANSLATION_PUNCTUATION', '9:66', 'warning');
      expect(e.params.textEnd).toBe('👍🏽');
    });

    it('accepts another sentence end, the Bengali dari and closing quotes', () => {
      const steps = TRANSLATED.replace('pt: "Obrigado."', 'pt: "Obrigado!"')
        .replace('pt: "Olá."', "pt: 'Olá, diga “bom dia”.'")
        .replace('pt: "Seu nome?"', 'pt: "Seu nome? "');
      expect(script(steps).diagnostics).toEqual([]);
      const bengali = yaml`
        coach: 1
        id: test
        title: { en: Test, bn: পরীক্ষা }
        locales: [en, bn]
        steps:
          - { id: hello, stage: greeting, say: { en: "Hello.", bn: "নমস্কার।" } }
          - { id: name, stage: rapport, ask: { en: "Your name?", bn: "আপনার নাম?" } }
          - { id: need, stage: needs, ask: { en: "How can I help?", bn: "কীভাবে সাহায্য করতে পারি।" } }
          - { id: offer, stage: solutions, say: { en: "Here is what we can do.", bn: "আমরা যা করতে পারি।" } }
          - { id: thanks, stage: gratitude, say: { en: "Thank you!", bn: "ধন্যবাদ।" } }
      `;
      const result = check(bengali);
      expectDiagnostic(result, 'TRANSLATION_PUNCTUATION', '8:65', 'warning');
      expect(codes(result)).toEqual(['TRANSLATION_PUNCTUATION']);
    });
  });

  describe('TRANSLATION_LENGTH', () => {
    const long =
      'Here is how it works: we email you a free label, you drop the parcel off, and we refund you as soon as it arrives.';
    const withSay = (pt: string) =>
      TRANSLATED.replace(
        '{ en: "Here is what we can do.", pt: "Veja o que podemos fazer." }',
        `{ en: "${long}", pt: "${pt}" }`,
      );

    it('reports a text half translated, at the translation', () => {
      const half = 'Funciona assim: mandamos uma etiqueta grátis por e-mail.';
      const d = expectDiagnostic(script(withSay(half)), 'TRANSLATION_LENGTH', '8:169', 'warning');
      expect(d.params).toEqual({ language: 'pt', percent: 54 });
    });

    it('reports a text more than twice as long', () => {
      const twice = `${long} ${long} Obrigado.`;
      expect(
        expectDiagnostic(script(withSay(twice)), 'TRANSLATION_LENGTH', '8:169', 'warning').params,
      ).toMatchObject({ language: 'pt' });
    });

    it('judges neither short texts nor titles, tips and labels', () => {
      const steps = TRANSLATED.replace(
        'pt: "Olá."',
        'pt: "Olá, tudo bem? Aqui é da loja, como vai?"',
      ).replace(
        'stage: rapport,',
        'stage: rapport, tips: { en: ["Be sincere and warm; ask one question at a time."], pt: ["Seja sincero."] },',
      );
      expect(codes(script(steps)).filter((c) => c === 'TRANSLATION_LENGTH')).toEqual([]);
    });

    it('counts Bengali letters by what the reader sees, not by code units', () => {
      const bengali = yaml`
        coach: 1
        id: test
        title: { en: Test, bn: পরীক্ষা }
        locales: [en, bn]
        steps:
          - { id: hello, stage: greeting, say: { en: "Hello.", bn: "নমস্কার।" } }
          - { id: name, stage: rapport, ask: { en: "Your name?", bn: "আপনার নাম?" } }
          - { id: need, stage: needs, ask: { en: "How can I help?", bn: "কীভাবে সাহায্য করতে পারি?" } }
          - { id: offer, stage: solutions, say: { en: "Of course, I'll sort out the return for you right away.", bn: "অবশ্যই, এখনই আপনার ফেরতের ব্যবস্থা করে দিচ্ছি।" } }
          - { id: thanks, stage: gratitude, say: { en: "Thank you!", bn: "ধন্যবাদ!" } }
      `;
      expect(check(bengali).diagnostics).toEqual([]);
    });
  });

  it('stays out of texts still marked TODO', () => {
    const steps = TRANSLATED.replace('pt: "Obrigado."', 'pt: "TODO: Thank you, {{agent}}"');
    expect(codes(script(steps))).toEqual(['TODO']);
  });

  it('finds nothing in the shipped scripts', () => {
    for (const name of readdirSync('scripts').filter((f) => f.endsWith('.yaml'))) {
      const result = check(readFileSync(`scripts/${name}`, 'utf8'));
      expect(result.diagnostics, name).toEqual([]);
    }
  });
});
