/**
 * The localized message of a diagnostic. Checker diagnostics are worded at
 * `diag.<CODE>`, diagnostics about the file itself at `validate.diag.<CODE>`.
 * A parameter naming a place in the script (`where`, or any value with a word at
 * `diag.where.<value>`) is replaced by that localized word before interpolation.
 */
import i18next from 'i18next';
import type { Diagnostic } from '../script/diagnostic.js';
import { sanitizeLine } from '../text/sanitize.js';

type Params = Diagnostic['params'];

const WORD = /^[A-Za-z][\w-]*$/;

function localizedParams(params: Params, lng: string): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    const key = `diag.where.${value}`;
    out[name] =
      typeof value === 'string' && WORD.test(value) && i18next.exists(key, { lng })
        ? i18next.t(key, { lng })
        : value;
  }
  return out;
}

function messageKey(code: string, lng: string): string | undefined {
  if (!WORD.test(code)) return undefined;
  for (const key of [`validate.diag.${code}`, `diag.${code}`]) {
    if (i18next.exists(key, { lng })) return key;
  }
  return undefined;
}

/** One line of text; what came from the script has been stripped of control characters. */
export function diagnosticMessage(diagnostic: Pick<Diagnostic, 'code' | 'params'>): string {
  const lng = i18next.language;
  const params = localizedParams(diagnostic.params, lng);
  const key = messageKey(diagnostic.code, lng);
  // A code without wording still shows its parameters rather than nothing.
  const text = key
    ? i18next.t(key, { ...params, lng })
    : Object.entries(params)
        .map(([name, value]) => `${name}=${value}`)
        .join(', ');
  return sanitizeLine(String(text));
}
