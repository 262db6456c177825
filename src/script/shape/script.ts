/**
 * Stage 2: the shape of the whole script, read in one walk over yaml's nodes.
 * Checks types, unknown and missing keys, patterns and enums; references between
 * parts (a `next`, a `capture`, a `{{name}}`) are the rules' business.
 */
import { isScalar, type YAMLMap } from 'yaml';
import type { Path } from '../issues.js';
import type { RawScript, RawVariable } from './raw.js';
import { placeOf, type Reader } from './reader.js';
import { readStep } from './step.js';
import {
  readBoolean,
  readId,
  readLocaleCode,
  readLocaleCodes,
  readLocaleText,
  readString,
} from './values.js';
import { SCRIPT_KEYS, VARIABLE_KEYS, VARIABLE_PATTERN } from './vocabulary.js';

export interface ShapeResult {
  readonly raw: RawScript;
  /** `coach:` names a format version this checker does not know: nothing else is checked. */
  readonly unsupported: boolean;
}

const REQUIRED = ['coach', 'id', 'title', 'steps'] as const;

export function readScript(r: Reader, root: YAMLMap): ShapeResult {
  const raw: RawScript = {};
  const seen = new Set<string>();
  let unsupported = false;
  r.pairs(root, [], (key, pair) => {
    const at = [key];
    const { value } = pair;
    seen.add(key);
    switch (key) {
      case 'coach':
        unsupported = !readVersion(r, value, pair.key, raw);
        break;
      case 'id':
        raw.id = readId(r, value, pair.key, at);
        break;
      case 'version':
        raw.version = readString(r, value, pair.key, at);
        break;
      case 'title':
        raw.title = readLocaleText(r, value, pair.key, at);
        break;
      case 'source':
        raw.source = readLocaleCode(r, value, pair.key, at);
        break;
      case 'locales':
        raw.locales = readLocaleCodes(r, value, pair.key, at);
        break;
      case 'variables':
        raw.variables = readVariables(r, value, pair.key, at);
        break;
      case 'steps':
        raw.steps = readSteps(r, value, pair.key, at);
        break;
      default:
        r.unknownKey(pair, key, [], 'script', SCRIPT_KEYS);
    }
  });
  for (const key of REQUIRED) if (!seen.has(key)) r.missingKey(root, key, [], 'script');
  return { raw, unsupported };
}

/** `coach: 1`. Returns false for another number: a format this version cannot read. */
function readVersion(r: Reader, node: unknown, key: unknown, raw: RawScript): boolean {
  const value = r.deref(node);
  if (value === undefined) return true;
  const version = isScalar(value) ? value.value : undefined;
  if (typeof version !== 'number') {
    r.wrongType(placeOf(value, key), ['coach'], 'number');
    return true;
  }
  if (version !== 1) {
    r.report('UNSUPPORTED_VERSION', value, ['coach'], { version: String(version), supported: 1 });
    return false;
  }
  raw.coach = 1;
  return true;
}

function readSteps(r: Reader, node: unknown, key: unknown, path: Path): RawScript['steps'] {
  const seq = r.seq(node, key, path, 'nonEmptyList');
  if (!seq) return undefined;
  if (seq.items.length === 0) r.invalid(seq, path, 'nonEmptyList', '[]');
  return seq.items.map((item, i) => readStep(r, item, [...path, i]));
}

function readVariables(
  r: Reader,
  node: unknown,
  key: unknown,
  path: Path,
): RawVariable[] | undefined {
  const map = r.map(node, key, path, 'variables');
  if (!map) return undefined;
  const variables: RawVariable[] = [];
  r.pairs(map, path, (name, pair) => {
    const at = [...path, name];
    if (!VARIABLE_PATTERN.test(name)) return r.invalid(pair.key, at, 'variableName', name);
    const variable: RawVariable = { name };
    variables.push(variable);
    const fields = r.map(pair.value, pair.key, at, 'variable');
    if (!fields) return;
    r.pairs(fields, at, (field, entry) => {
      const where = [...at, field];
      if (field === 'label') variable.label = readLocaleText(r, entry.value, entry.key, where);
      else if (field === 'default') variable.default = readString(r, entry.value, entry.key, where);
      else if (field === 'pii') variable.pii = readBoolean(r, entry.value, entry.key, where);
      else if (field === 'given') variable.given = readBoolean(r, entry.value, entry.key, where);
      else r.unknownKey(entry, field, at, 'variable', VARIABLE_KEYS);
    });
  });
  return variables;
}
