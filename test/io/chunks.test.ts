import { describe, expect, it } from 'vitest';
import { inChunks } from '../../src/io/chunks.js';

describe('inChunks', () => {
  it('writes the same text in fewer, larger pieces', () => {
    const pieces = Array.from({ length: 1000 }, (_, i) => `line ${i}\n`);
    const chunks = [...inChunks(pieces, 1024)];
    expect(chunks.join('')).toBe(pieces.join(''));
    expect(chunks.length).toBeLessThan(20);
    expect(chunks.slice(0, -1).every((chunk) => chunk.length >= 1024)).toBe(true);
  });

  it('writes nothing for nothing', () => {
    expect([...inChunks([])]).toEqual([]);
  });
});
