/**
 * XLIFF 1.2: one `<file>` per script (`original` is the script id), one
 * `<trans-unit>` per text with the row id as `id`, the text key as `resname`,
 * the source, the target with its state (`translated`, `needs-translation`,
 * `needs-review-translation` for stale and unconfirmed) and the note. Characters
 * XML 1.0 cannot carry (C0 controls other than tab and line breaks) are left
 * out. The reader understands what this writer writes and what translation
 * tools write back: attributes in any order, CDATA, character references; a
 * target with inline markup is refused rather than flattened. Pure.
 */
import type { ExportRow } from './rows.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters XML cannot carry
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function xmlText(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r/g, '&#13;');
}

const TARGET_STATE = {
  translated: 'translated',
  missing: 'needs-translation',
  stale: 'needs-review-translation',
  unconfirmed: 'needs-review-translation',
} as const;

export function writeXliff(rows: readonly ExportRow[], locale: string): string {
  const byScript = new Map<string, ExportRow[]>();
  for (const row of rows) byScript.set(row.script, [...(byScript.get(row.script) ?? []), row]);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">',
  ];
  for (const [script, list] of byScript) {
    const sourceLocale = list[0]?.sourceLocale ?? 'en';
    out.push(
      `  <file original="${xmlText(script)}" source-language="${xmlText(sourceLocale)}" target-language="${xmlText(locale)}" datatype="plaintext">`,
      '    <body>',
    );
    for (const row of list) {
      out.push(
        `      <trans-unit id="${xmlText(row.id)}" resname="${xmlText(row.key)}" xml:space="preserve">`,
        `        <source>${xmlText(row.source)}</source>`,
        `        <target state="${TARGET_STATE[row.state]}">${xmlText(row.translation)}</target>`,
        `        <note from="coach">${xmlText(row.note)}</note>`,
        '      </trans-unit>',
      );
    }
    out.push('    </body>', '  </file>');
  }
  out.push('</xliff>');
  return `${out.join('\n')}\n`;
}

export interface XliffUnit {
  readonly id: string;
  readonly locale?: string;
  readonly source?: string;
  readonly target?: string;
  readonly state?: string;
  readonly approved: boolean;
}

export type XliffRead =
  | { readonly units: XliffUnit[] }
  | { readonly bad: string }
  | { readonly truncated: true };

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/** A character reference XML allows: a Unicode code point that is not a surrogate. */
function character(code: number): string | undefined {
  if (!(code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) return undefined;
  return String.fromCodePoint(code);
}

function unescapeXml(text: string): string | undefined {
  if (/&(?!(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);)/.test(text)) return undefined;
  let bad = false;
  const out = text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (_all, ref: string) => {
    if (ref.startsWith('#')) {
      const hex = ref.startsWith('#x');
      const char = character(Number.parseInt(ref.slice(hex ? 2 : 1), hex ? 16 : 10));
      if (char === undefined) bad = true;
      return char ?? '';
    }
    const named = ENTITIES[ref];
    if (named === undefined) bad = true;
    return named ?? '';
  });
  return bad ? undefined : out;
}

/** Text content of an element: CDATA sections and escaped text; markup inside → undefined. */
function content(inner: string): string | undefined {
  let out = '';
  for (const part of inner.split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)) {
    if (part.startsWith('<![CDATA[')) out += part.slice(9, -3);
    else {
      if (part.includes('<')) return undefined;
      const text = unescapeXml(part);
      if (text === undefined) return undefined;
      out += text;
    }
  }
  return out;
}

function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    out.set(m[1] as string, unescapeXml(m[2] ?? m[3] ?? '') ?? '');
  }
  return out;
}

function element(
  body: string,
  name: string,
): { attrs: Map<string, string>; inner?: string } | undefined {
  const m = new RegExp(`<${name}(\\s[^>]*?)?(?:/>|>([\\s\\S]*?)</${name}\\s*>)`).exec(body);
  if (!m) return undefined;
  return { attrs: attributes(m[1] ?? ''), ...(m[2] !== undefined ? { inner: m[2] } : {}) };
}

const NEEDS = /^needs-/;

/** Cut off on its way: no `</xliff>` at the end, or a file or unit opened and never closed. */
function isTruncated(xml: string): boolean {
  if (!/<\/xliff\s*>\s*$/.test(xml)) return true;
  const count = (pattern: RegExp) => (xml.match(pattern) ?? []).length;
  return (
    count(/<file[\s>]/g) !== count(/<\/file\s*>/g) ||
    count(/<trans-unit[\s>]/g) !== count(/<\/trans-unit\s*>/g)
  );
}

export function parseXliff(text: string): XliffRead {
  const xml = text.replace(/^\ufeff/, '').replace(/<!--[\s\S]*?-->/g, '');
  if (!/<xliff[\s>]/.test(xml)) return { bad: 'xliff' };
  if (isTruncated(xml)) return { truncated: true };
  const units: XliffUnit[] = [];
  for (const file of xml.matchAll(/<file(\s[^>]*)?>([\s\S]*?)<\/file\s*>/g)) {
    const locale = attributes(file[1] ?? '').get('target-language');
    for (const unit of (file[2] ?? '').matchAll(
      /<trans-unit(\s[^>]*)?>([\s\S]*?)<\/trans-unit\s*>/g,
    )) {
      const attrs = attributes(unit[1] ?? '');
      const id = attrs.get('id') ?? '';
      const body = unit[2] ?? '';
      const source = element(body, 'source');
      const target = element(body, 'target');
      const sourceText = source?.inner === undefined ? '' : content(source.inner);
      const targetText = target?.inner === undefined ? '' : content(target.inner);
      if (sourceText === undefined || targetText === undefined) return { bad: id };
      const state = target?.attrs.get('state');
      units.push({
        id,
        ...(locale ? { locale } : {}),
        source: sourceText,
        target: targetText,
        ...(state ? { state } : {}),
        approved: attrs.get('approved') === 'yes' || !(state && NEEDS.test(state)),
      });
    }
  }
  return { units };
}
