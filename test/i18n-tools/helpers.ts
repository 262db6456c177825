import type { ImportTarget } from '../../src/i18n-tools/apply.js';
import type { Lock } from '../../src/i18n-tools/lock.js';
import { parseScript } from '../../src/i18n-tools/parse-script.js';

/** A small script in two promised locales, with comments, a flow map, lists and an option. */
export const SCRIPT = `# A script for the tests.
coach: 1
id: shop
title: { en: Shop line, pt: Linha da loja }
source: en
locales: [en, pt]
variables:
  company: { given: true }
  customer:
    label:
      en: Customer name # typed during the call
      pt: Nome do cliente
    pii: true
steps:
  - id: greet
    stage: greeting
    say:
      en: "Hello, thank you for calling {{company}}."
      pt: "Olá, obrigado por ligar para a {{company}}."
    tips:
      en:
        - "Smile."
        - "Speak slowly."
      pt:
        - "Sorria."
  - id: name
    stage: rapport
    ask: { en: "May I have your name?" }
    capture: customer
  - id: need
    stage: needs
    ask:
      en: 'What brings you here?'
      pt: 'O que o traz aqui?'
    options:
      - { id: buy, label: { en: Buy, pt: Comprar } }
      - { id: other, label: { en: Something else } }
  - id: solve
    stage: solutions
    checklist: { en: ["Offer", "Check"] }
  - id: thanks
    stage: gratitude
    say:
      en: "Thank you, {{customer}}."
    end: true
`;

export function target(text: string, lock: Lock = new Map(), file = 'shop.yaml'): ImportTarget {
  const result = parseScript(text);
  if (!result.ok) throw new Error(`not a usable script: ${JSON.stringify(result.diagnostics)}`);
  return { ...result.parsed, file, text, lock };
}

/**
 * The module `locate` finds (say, `() => import.meta.resolve('name')`), or undefined
 * when the package is not installed.
 */
export async function optional<T>(locate: () => string): Promise<T | undefined> {
  try {
    return (await import(/* @vite-ignore */ locate())) as T;
  } catch {
    return undefined;
  }
}
