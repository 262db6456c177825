/**
 * The localized message of a diagnostic, worded at `diag.<CODE>` for the checker's
 * codes and at `validate.diag.<CODE>` for those only this command reports.
 * Parameters that name a word of the checker's vocabulary — `where: step`,
 * `expected: duration`, `yamlCode: BAD_INDENT` — are replaced by that word in the
 * reader's language (`diag.<param>.<value>`) before interpolation; values taken
 * from the script are left as they are. A `suggestion` adds "did you mean …?".
 */
import { currentLocale, hasText, t } from '../i18n/index.js';
import { type Diagnostic, isFileCode } from '../script/diagnostic.js';
import { sanitizeLine } from '../text/sanitize.js';

type Params = Diagnostic['params'];

const WORD = /^[A-Za-z][\w-]*$/;

function localizedParams(params: Params, lng: string): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    const key = `diag.${name}.${value}`;
    out[name] =
      typeof value === 'string' && WORD.test(name) && WORD.test(value) && hasText(key, lng)
        ? t(key, { lng })
        : value;
  }
  return out;
}

function messageKey(code: Diagnostic['code'], lng: string): string | undefined {
  // A code that came from elsewhere than the checker must not reach other keys.
  if (!WORD.test(code)) return undefined;
  const key = isFileCode(code) ? `validate.diag.${code}` : `diag.${code}`;
  // A key may exist only in plural forms (`_one`, `_other`).
  return hasText(key, lng) || hasText(`${key}_other`, lng) ? key : undefined;
}

/** One line of text; what came from the script has been stripped of control characters. */
export function diagnosticMessage(diagnostic: Pick<Diagnostic, 'code' | 'params'>): string {
  const lng = currentLocale();
  const params = localizedParams(diagnostic.params, lng);
  const key = messageKey(diagnostic.code, lng);
  // A code without wording still shows its parameters rather than nothing.
  let text = key
    ? t(key, { ...params, lng })
    : Object.entries(params)
        .map(([name, value]) => `${name}=${value}`)
        .join(', ');
  if (key && params.suggestion !== undefined && hasText('diag.didYouMean', lng)) {
    text += `; ${t('diag.didYouMean', { suggestion: params.suggestion, lng })}`;
  }
  return sanitizeLine(text);
}
