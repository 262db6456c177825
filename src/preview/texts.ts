/**
 * Script texts for the preview: picked in its locale, else in the script's source
 * locale (counted, so the preview can say so once), split at `{{variables}}`, and
 * sanitized, so that no writer ever gets a control character from a script.
 */
import { forEachPlaceholder } from '../script/text/placeholders.js';
import type { LocalizedList, LocalizedText, Script } from '../script/types.js';
import { sanitizeLine, sanitizeText } from '../text/sanitize.js';
import type { PreviewText, Segment } from './model.js';

export interface OutlineOptions {
  readonly locale: string;
  /** Values given with --var: they replace the placeholders. */
  readonly values?: Readonly<Record<string, string>>;
  /** Labels of built-in variables a script did not declare (e.g. `agent`). */
  readonly builtinLabel?: (name: string) => string;
}

interface Picked<T> {
  readonly lang: string;
  readonly value: T;
}

function pick<T>(
  map: Readonly<Record<string, T>> | undefined,
  locale: string,
  source: string,
): Picked<T> | undefined {
  if (!map) return undefined;
  for (const lang of [locale, source, ...Object.keys(map)]) {
    if (Object.hasOwn(map, lang)) return { lang, value: map[lang] as T };
  }
  return undefined;
}

export function textBuilder(script: Script, options: OutlineOptions) {
  const { locale } = options;
  const values = options.values ?? {};
  const used = new Set<string>();
  let fallbacks = 0;

  const label = (name: string): string => {
    const variable = script.variables.find((v) => v.name === name);
    const picked = pick(variable?.label, locale, script.source);
    const text = picked ? sanitizeLine(picked.value).trim() : '';
    if (text) return text;
    return sanitizeLine(variable ? name : (options.builtinLabel?.(name) ?? name)).trim() || name;
  };

  const segments = (raw: string, clean: (text: string) => string): Segment[] => {
    const out: Segment[] = [];
    let at = 0;
    const text = (part: string) => {
      const cleaned = clean(part);
      if (cleaned !== '') out.push({ kind: 'text', text: cleaned });
    };
    forEachPlaceholder(raw, (name, start, end) => {
      text(raw.slice(at, start));
      used.add(name);
      const value = Object.hasOwn(values, name) ? values[name] : undefined;
      out.push(
        value === undefined || value.trim() === ''
          ? { kind: 'variable', name, label: label(name) }
          : { kind: 'variable', name, label: label(name), value: sanitizeLine(value).trim() },
      );
      at = end;
    });
    text(raw.slice(at));
    return out;
  };

  const counted = <T>(map: Readonly<Record<string, T>> | undefined) => {
    const picked = pick(map, locale, script.source);
    if (picked && picked.lang !== locale) fallbacks++;
    return picked;
  };

  const line = (map: LocalizedText | undefined): PreviewText | undefined => {
    const picked = counted(map);
    if (!picked) return undefined;
    return { lang: picked.lang, segments: segments(picked.value.trim(), sanitizeLine) };
  };
  const block = (map: LocalizedText | undefined): PreviewText | undefined => {
    const picked = counted(map);
    if (!picked) return undefined;
    return { lang: picked.lang, segments: segments(picked.value.trim(), sanitizeText) };
  };
  const list = (map: LocalizedList | undefined): PreviewText[] => {
    const picked = counted(map);
    if (!picked) return [];
    return picked.value.map((item) => ({
      lang: picked.lang,
      segments: segments(item.trim(), sanitizeLine),
    }));
  };
  const plain = (text: string): PreviewText => ({
    lang: locale,
    segments: [{ kind: 'text', text: sanitizeLine(text) }],
  });

  return { line, block, list, plain, label, used, fallbacks: () => fallbacks };
}
