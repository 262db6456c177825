/** Stage 2 for one step and its options. */
import type { Path } from '../issues.js';
import type { RawOption, RawStep } from './raw.js';
import type { Reader } from './reader.js';
import {
  readBoolean,
  readDuration,
  readId,
  readLocaleList,
  readLocaleText,
  readStage,
  readString,
  readVariableName,
} from './values.js';
import { OPTION_KEYS, STEP_KEYS } from './vocabulary.js';

export function readStep(r: Reader, node: unknown, path: Path): RawStep {
  const step: RawStep = {};
  const map = r.map(node, undefined, path, 'step');
  if (!map) return step;
  let hasId = false;
  let hasStage = false;
  r.pairs(map, path, (key, pair) => {
    const at = [...path, key];
    const { value } = pair;
    switch (key) {
      case 'id':
        hasId = true;
        step.id = readId(r, value, pair.key, at);
        break;
      case 'stage':
        hasStage = true;
        step.stage = readStage(r, value, pair.key, at);
        break;
      case 'title':
      case 'say':
      case 'ask':
        step[key] = readLocaleText(r, value, pair.key, at);
        break;
      case 'tips':
      case 'checklist':
        step[key] = readLocaleList(r, value, pair.key, at);
        break;
      case 'required':
      case 'end':
        step[key] = readBoolean(r, value, pair.key, at);
        break;
      case 'target':
        step.targetMs = readDuration(r, value, pair.key, at);
        break;
      case 'options':
        step.options = readOptions(r, value, pair.key, at);
        break;
      case 'capture':
        step.capture = readVariableName(r, value, pair.key, at);
        break;
      case 'next':
        step.next = readString(r, value, pair.key, at);
        break;
      default:
        r.unknownKey(pair, key, path, 'step', STEP_KEYS);
    }
  });
  if (!hasId) r.missingKey(map, 'id', path, 'step');
  if (!hasStage) r.missingKey(map, 'stage', path, 'step');
  return step;
}

function readOptions(r: Reader, node: unknown, key: unknown, path: Path): RawOption[] | undefined {
  const seq = r.seq(node, key, path, 'list');
  return seq?.items.map((item, i) => readOption(r, item, [...path, i]));
}

function readOption(r: Reader, node: unknown, path: Path): RawOption {
  const option: RawOption = {};
  const map = r.map(node, undefined, path, 'option');
  if (!map) return option;
  let hasId = false;
  let hasLabel = false;
  r.pairs(map, path, (key, pair) => {
    const at = [...path, key];
    if (key === 'id') {
      hasId = true;
      option.id = readId(r, pair.value, pair.key, at);
    } else if (key === 'label') {
      hasLabel = true;
      option.label = readLocaleText(r, pair.value, pair.key, at);
    } else if (key === 'next') {
      option.next = readString(r, pair.value, pair.key, at);
    } else {
      r.unknownKey(pair, key, path, 'option', OPTION_KEYS);
    }
  });
  if (!hasId) r.missingKey(map, 'id', path, 'option');
  if (!hasLabel) r.missingKey(map, 'label', path, 'option');
  return option;
}
