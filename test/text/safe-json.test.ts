import { describe, expect, it } from 'vitest';
import { safeJson } from '../../src/text/safe-json.js';
import { CONTROL_OR_BIDI } from '../diagnostics/control-chars.js';

describe('safeJson', () => {
  it('escapes every control and bidi character and stays lossless', () => {
    const value = { text: 'a\u001b[31m\u009b\u007f\u202e\u2028b' };
    const json = safeJson(value);
    expect(json).not.toMatch(CONTROL_OR_BIDI);
    expect(json).not.toContain('\u2028');
    expect(JSON.parse(json)).toEqual(value);
  });
});
