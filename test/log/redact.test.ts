import { describe, expect, it } from 'vitest';
import { REDACTED, redactEvent, redactVars } from '../../src/log/redact.js';
import type { SessionEvent } from '../../src/session/types.js';

const pii = new Set(['customer']);
const capture = (name: string, value: string): SessionEvent => ({
  type: 'capture',
  step: 'name',
  var: name,
  value,
});

describe('redactEvent', () => {
  it('redacts the capture of a pii variable', () => {
    expect(redactEvent(capture('customer', 'Ana Souza'), pii, false)).toEqual({
      type: 'capture',
      step: 'name',
      var: 'customer',
      value: REDACTED,
    });
  });

  it('keeps the value when the agent opted in', () => {
    const event = capture('customer', 'Ana Souza');
    expect(redactEvent(event, pii, true)).toBe(event);
  });

  it('keeps captures of other variables, notes and other events as they are', () => {
    const events: SessionEvent[] = [
      capture('order', 'A-1234'),
      { type: 'note', step: 'need', text: 'customer is Ana Souza' },
      { type: 'enter', step: 'greet', stage: 'greeting' },
    ];
    for (const event of events) expect(redactEvent(event, pii, false)).toBe(event);
  });

  it('does not change the event it was given', () => {
    const event = capture('customer', 'Ana Souza');
    redactEvent(event, pii, false);
    expect(event).toEqual(capture('customer', 'Ana Souza'));
  });
});

describe('redactVars', () => {
  it('redacts pii values only, and keeps odd names as plain keys', () => {
    const vars = JSON.parse('{"company":"Loja Azul","customer":"Ana","__proto__":"x"}');
    const out = redactVars(vars, pii, false);
    expect(out).toEqual(
      JSON.parse('{"company":"Loja Azul","customer":"‹redacted›","__proto__":"x"}'),
    );
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(redactVars(vars, pii, true).customer).toBe('Ana');
  });
});
