/** Scripts for the preview's tests: the shipped ones, and one crafted to attack the output. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { translatorFor } from '../../src/i18n/index.js';
import type { Locale } from '../../src/i18n/locale.js';
import { buildOutline, wordsFor } from '../../src/preview/index.js';
import type { Outline } from '../../src/preview/outline.js';
import { checkScript } from '../../src/script/index.js';
import type { Script, Step } from '../../src/script/types.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const SHIPPED = ['service-cycle', 'retail-returns', 'complaint-handling'] as const;

export function shipped(id: string): Script {
  const { script, diagnostics } = checkScript(
    readFileSync(join(ROOT, 'scripts', `${id}.yaml`), 'utf8'),
  );
  if (!script) throw new Error(`${id}: ${JSON.stringify(diagnostics)}`);
  return script;
}

export function outlineOf(
  script: Script,
  locale: Locale,
  values: Record<string, string> = {},
): { outline: Outline; words: ReturnType<typeof wordsFor> } {
  const t = translatorFor(locale);
  const outline = buildOutline(script, {
    locale,
    values,
    builtinLabel: (name) => t(`preview.builtin.${name}`, { defaultValue: name }),
  });
  return { outline, words: wordsFor(locale, t) };
}

const step = (fields: Partial<Step> & Pick<Step, 'id' | 'stage'>): Step => ({
  required: false,
  end: false,
  ...fields,
});

/**
 * The shipped service cycle with another `version:` line. The checker refuses control
 * characters in a file (CONTROL_CHARACTER), so the label is set on the checked model:
 * the preview must still keep them out of what it prints.
 */
export function withVersion(version: string): { source: string; script: Script } {
  const source = readFileSync(join(ROOT, 'scripts', 'service-cycle.yaml'), 'utf8').replace(
    /^version: .*$/m,
    `version: ${JSON.stringify(version)}`,
  );
  const clean = readFileSync(join(ROOT, 'scripts', 'service-cycle.yaml'), 'utf8');
  const { script, diagnostics } = checkScript(clean);
  if (!script) throw new Error(JSON.stringify(diagnostics));
  return { source, script: { ...script, version } };
}

export const ESC = '\x1b';
/** Text that would recolour, retitle, ring or reverse a terminal if printed raw. */
export const HOSTILE = `${ESC}[31mred${ESC}[0m ${ESC}]0;pwned\x07 bell\x07 \u202edesrever\u202c del\x7f c1\x9b2J`;

/** Every kind of text carries markup or control characters; English only, so `pl` falls back. */
export const crafted: Script = {
  coach: 1,
  id: 'crafted',
  title: { en: `<script>alert("title")</script> ${HOSTILE}` },
  source: 'en',
  locales: ['en'],
  variables: [
    { name: 'company', label: { en: `Co<b>mpany</b> ${HOSTILE}` }, default: 'Acme', pii: false },
    { name: 'customer', label: { en: 'Customer `name`' }, pii: true },
  ],
  steps: [
    step({
      id: 'greet',
      stage: 'greeting',
      required: true,
      targetMs: 15_000,
      title: { en: '# Greeting [click](https://evil.example) ![x](https://evil.example/x.png)' },
      say: {
        en: `Hello from {{company}}. <script>alert(1)</script> <img src="https://evil.example/x.png" onerror="alert(2)">\n1. not a list\n${HOSTILE}`,
      },
      tips: {
        en: [
          `**bold** _em_ <a href="https://evil.example">link</a> ${HOSTILE}`,
          '- dash',
          '> quote',
        ],
      },
    }),
    step({
      id: 'name',
      stage: 'rapport',
      ask: { en: 'Your name? [x]: https://evil.example' },
      capture: 'customer',
    }),
    step({
      id: 'need',
      stage: 'needs',
      ask: { en: 'What do you need, {{customer}}?' },
      options: [
        { id: 'more', label: { en: `Tell me more ${HOSTILE}` }, next: 'probe' },
        { id: 'fix', label: { en: '<b>Fix</b> it' }, next: 'fix' },
        { id: 'other', label: { en: 'Something else' } },
      ],
    }),
    step({
      id: 'probe',
      stage: 'needs',
      checklist: { en: [`Item | with pipe ${HOSTILE}`, '[ ] already a box'] },
      next: 'need',
    }),
    step({ id: 'fix', stage: 'solutions', say: { en: 'Fixed for {{agent}}.' } }),
    step({ id: 'thanks', stage: 'gratitude', say: { en: 'Thanks, {{customer}}!' }, end: true }),
  ],
};
