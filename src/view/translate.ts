/** The screen's words in its own locale, which may differ from the CLI's. */
import { translatorFor } from '../i18n/index.js';
import type { Locale } from '../i18n/locale.js';
import { sanitizeLine } from '../text/sanitize.js';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

const translators = new Map<Locale, Translate>();

/**
 * A translator whose output is one sanitized line: parameters may carry script or
 * typed text.
 */
export function screenTranslator(locale: Locale): Translate {
  let translate = translators.get(locale);
  if (!translate) {
    const base = translatorFor(locale);
    translate = (key, options) => sanitizeLine(base(key, options));
    translators.set(locale, translate);
  }
  return translate;
}
