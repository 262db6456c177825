/**
 * Sets the field of a known key (ids from keys.ts) on the line's fields. Through
 * switches: a store to a property named by a variable would be far slower on the
 * millions of lines of a report.
 */
import type { LineFields } from './fields.js';
import {
  FIRST_BOOLEAN,
  FIRST_NUMBER,
  FIRST_STRING,
  isJsonKey,
  K_OTHER,
  K_SCRIPT,
  K_T,
} from './keys.js';

/** A JSON-text key gets `json` (arrays and objects only); any other key is cleared. */
export function setJson(out: LineFields, id: number, json: string | undefined): void {
  switch (id) {
    case 3:
      out.skippedJson = json;
      break;
    case 4:
      out.unreachedJson = json;
      break;
    case 5:
      out.varsJson = json;
      break;
    default:
      clearKey(out, id);
  }
}

export function setNumber(out: LineFields, id: number, value: number | undefined): void {
  if (id === 6) out.v = value;
  else if (id === 7) out.ms = value;
  else if (id === 8) out.item = value;
  else clearKey(out, id);
}

export function setBoolean(out: LineFields, id: number, value: boolean | undefined): void {
  if (id === 9) out.checked = value;
  else if (id === 10) out.logPii = value;
  else if (id === 11) out.answers = value;
  else clearKey(out, id);
}

export function setString(out: LineFields, id: number, value: string | undefined): void {
  switch (id) {
    case K_T:
      out.t = value;
      out.tStart = -1;
      break;
    case 12:
      out.type = value;
      break;
    case 13:
      out.step = value;
      break;
    case 14:
      out.stage = value;
      break;
    case 15:
      out.reason = value;
      break;
    case 16:
      out.status = value;
      break;
    case 17:
      out.outcome = value;
      break;
    case 18:
      out.option = value;
      break;
    case 19:
      out.varName = value;
      break;
    case 20:
      out.value = value;
      break;
    case 21:
      out.text = value;
      break;
    case 22:
      out.from = value;
      break;
    case 23:
      out.to = value;
      break;
    case 24:
      out.session = value;
      break;
    case 25:
      out.locale = value;
      break;
    case 26:
      out.agent = value;
      break;
    case 27:
      out.host = value;
      break;
    case 28:
      out.coach = value;
      break;
    default:
      clearKey(out, id);
  }
}

/** A key holding a value of another type than its own: as if absent. */
export function clearKey(out: LineFields, id: number): void {
  if (id === K_SCRIPT) out.hasScript = false;
  else if (isJsonKey(id)) setJson(out, id, undefined);
  else if (id >= FIRST_NUMBER && id < FIRST_BOOLEAN) setNumber(out, id, undefined);
  else if (id >= FIRST_BOOLEAN && id < FIRST_STRING) setBoolean(out, id, undefined);
  else if (id !== K_OTHER) setString(out, id, undefined);
}
