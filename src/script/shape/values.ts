/**
 * Readers for the leaves of a script: each takes a value node (and its key, to
 * point at when the value is empty), returns the typed value or undefined, and
 * reports what is wrong. Locale maps are built on null-prototype objects, and only
 * keys that passed the locale-code pattern go into them.
 */
import { isScalar } from 'yaml';
import type { Path } from '../issues.js';
import { parseDuration } from '../text/duration.js';
import { ID_PATTERN, STAGES, type Stage } from '../types.js';
import { placeOf, type Reader } from './reader.js';
import { LOCALE_PATTERN, VARIABLE_PATTERN } from './vocabulary.js';

function scalarValue(r: Reader, node: unknown): { value: unknown; node: unknown } | undefined {
  const value = r.deref(node);
  if (value === undefined) return undefined;
  return { value: isScalar(value) ? value.value : undefined, node: value };
}

export function readString(r: Reader, node: unknown, key: unknown, path: Path): string | undefined {
  const found = scalarValue(r, node);
  if (!found) return undefined;
  if (typeof found.value === 'string') return found.value;
  r.wrongType(placeOf(found.node, key), path, 'string');
  return undefined;
}

export function readBoolean(
  r: Reader,
  node: unknown,
  key: unknown,
  path: Path,
): boolean | undefined {
  const found = scalarValue(r, node);
  if (!found) return undefined;
  if (typeof found.value === 'boolean') return found.value;
  r.wrongType(placeOf(found.node, key), path, 'boolean');
  return undefined;
}

/** A step, option or script id. A malformed id is reported but kept, so `next` can find it. */
export function readId(r: Reader, node: unknown, key: unknown, path: Path): string | undefined {
  const id = readString(r, node, key, path);
  if (id !== undefined && !ID_PATTERN.test(id)) r.invalid(r.deref(node), path, 'id', id);
  return id;
}

export function readVariableName(
  r: Reader,
  node: unknown,
  key: unknown,
  path: Path,
): string | undefined {
  const name = readString(r, node, key, path);
  if (name === undefined || VARIABLE_PATTERN.test(name)) return name;
  r.invalid(r.deref(node), path, 'variableName', name);
  return undefined;
}

export function readLocaleCode(
  r: Reader,
  node: unknown,
  key: unknown,
  path: Path,
): string | undefined {
  const code = readString(r, node, key, path);
  if (code === undefined || LOCALE_PATTERN.test(code)) return code;
  r.invalid(r.deref(node), path, 'localeCode', code);
  return undefined;
}

export function readStage(r: Reader, node: unknown, key: unknown, path: Path): Stage | undefined {
  const stage = readString(r, node, key, path);
  if (stage === undefined) return undefined;
  if ((STAGES as readonly string[]).includes(stage)) return stage as Stage;
  r.invalid(r.deref(node), path, 'stage', stage);
  return undefined;
}

/** `target`: a duration text (`1m30s`) or a number of seconds; returns milliseconds. */
export function readDuration(
  r: Reader,
  node: unknown,
  key: unknown,
  path: Path,
): number | undefined {
  const found = scalarValue(r, node);
  if (!found) return undefined;
  const { value } = found;
  const ms =
    typeof value === 'number'
      ? value * 1000
      : typeof value === 'string'
        ? parseDuration(value)
        : null;
  if (ms === null) {
    r.wrongType(placeOf(found.node, key), path, 'duration');
    return undefined;
  }
  if (ms === undefined || !Number.isFinite(ms) || ms <= 0) {
    r.invalid(found.node, path, 'duration', String(value));
    return undefined;
  }
  return ms;
}

/**
 * A locale map with a wrong entry is left out whole: the entry is reported, and
 * the rules do not report it again as a missing translation.
 */
export function readLocaleText(
  r: Reader,
  node: unknown,
  key: unknown,
  path: Path,
): Record<string, string> | undefined {
  const map = r.map(node, key, path, 'localeMap');
  if (!map) return undefined;
  const text: Record<string, string> = Object.create(null);
  let ok = true;
  r.pairs(map, path, (locale, pair) => {
    if (!LOCALE_PATTERN.test(locale)) {
      ok = false;
      return r.invalid(pair.key, [...path, locale], 'localeCode', locale);
    }
    const node = pair.value;
    // The common case first, without building a path.
    if (isScalar(node) && typeof node.value === 'string') text[locale] = node.value;
    else {
      const value = readString(r, node, pair.key, [...path, locale]);
      if (value === undefined) ok = false;
      else text[locale] = value;
    }
  });
  return ok ? text : undefined;
}

export function readLocaleList(
  r: Reader,
  node: unknown,
  key: unknown,
  path: Path,
): Record<string, string[]> | undefined {
  const map = r.map(node, key, path, 'localeListMap');
  if (!map) return undefined;
  const lists: Record<string, string[]> = Object.create(null);
  let ok = true;
  r.pairs(map, path, (locale, pair) => {
    const at = [...path, locale];
    if (!LOCALE_PATTERN.test(locale)) {
      ok = false;
      return r.invalid(pair.key, at, 'localeCode', locale);
    }
    const seq = r.seq(pair.value, pair.key, at, 'list');
    if (!seq) {
      ok = false;
      return;
    }
    const items: string[] = [];
    seq.items.forEach((item, i) => {
      const value =
        isScalar(item) && typeof item.value === 'string'
          ? item.value
          : readString(r, item, undefined, [...at, i]);
      if (value === undefined) ok = false;
      else items.push(value);
    });
    lists[locale] = items;
  });
  return ok ? lists : undefined;
}

/** `locales`: a list of locale codes. */
export function readLocaleCodes(
  r: Reader,
  node: unknown,
  key: unknown,
  path: Path,
): string[] | undefined {
  const seq = r.seq(node, key, path, 'localeList');
  if (!seq) return undefined;
  const codes: string[] = [];
  seq.items.forEach((item, i) => {
    const code = readLocaleCode(r, item, undefined, [...path, i]);
    if (code !== undefined) codes.push(code);
  });
  return codes;
}
