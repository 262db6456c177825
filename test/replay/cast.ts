/** Reading an asciicast v2 file back, checking its shape on the way. */
import { expect } from 'vitest';
import { CLEAR } from '../../src/replay/asciicast.js';

export type CastEvent = [number, string, string];

// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for them is the point
export const CONTROLS = /[\x00-\x09\x0b-\x1f\x7f-\x9f]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: SGR colours are the sequences allowed
const SGR = /\x1b\[[0-9;]*m/g;

/** The output without what the recording itself puts there: clears, line ends, colours. */
export function ownSequencesRemoved(data: string): string {
  return data.replaceAll(CLEAR, '').replaceAll('\r\n', '\n').replace(SGR, '');
}

/** Checks the asciicast v2 shape and returns the header and events. */
export function parseCast(text: string): { header: Record<string, unknown>; events: CastEvent[] } {
  expect(text.endsWith('\n')).toBe(true);
  const [first, ...rest] = text.slice(0, -1).split('\n');
  const header = JSON.parse(first as string) as Record<string, unknown>;
  expect(header.version).toBe(2);
  expect(Number.isInteger(header.width) && (header.width as number) > 0).toBe(true);
  expect(Number.isInteger(header.height) && (header.height as number) > 0).toBe(true);
  expect(Number.isInteger(header.timestamp)).toBe(true);
  expect(header.env).toEqual({ TERM: 'xterm-256color' });
  const events = rest.map((line) => JSON.parse(line) as CastEvent);
  let previous = 0;
  for (const event of events) {
    expect(event).toHaveLength(3);
    expect(typeof event[0]).toBe('number');
    expect(['o', 'm']).toContain(event[1]);
    expect(typeof event[2]).toBe('string');
    expect(event[0]).toBeGreaterThanOrEqual(previous);
    previous = event[0];
  }
  return { header, events };
}
