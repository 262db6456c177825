import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/script/text/duration.js';
import { variablesIn } from '../../src/script/text/placeholders.js';
import { closest } from '../../src/script/text/similar.js';
import { countWords } from '../../src/script/text/words.js';

describe('variablesIn', () => {
  it('lists each placeholder once, in order of first use', () => {
    expect(variablesIn('Hi {{customer}}, {{agent}} from {{company}} for {{customer}}')).toEqual([
      'customer',
      'agent',
      'company',
    ]);
  });

  it('ignores braces that are not placeholders', () => {
    expect(variablesIn('{{}} {{ name }} {name} {{a-b}} {{x} {{{y}}}')).toEqual(['y']);
    expect(variablesIn('no placeholders')).toEqual([]);
  });
});

describe('parseDuration', () => {
  it.each([
    ['15s', 15_000],
    ['1m30s', 90_000],
    ['90s', 90_000],
    ['2m', 120_000],
    ['0s', 0],
  ])('%s is %d ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(['', 'm', 's', '15', '1h', '1.5m', '-1s', '30s1m', '1m1m', ' 15s', '15 s', '15S'])(
    'refuses %j',
    (text) => {
      expect(parseDuration(text)).toBeUndefined();
    },
  );
});

describe('countWords', () => {
  it('counts runs between white space, in any script', () => {
    expect(countWords('  Hello,  thank you\tfor calling.\n')).toBe(5);
    expect(countWords('আপনাকে ধন্যবাদ')).toBe(2);
    expect(countWords('')).toBe(0);
  });
});

describe('closest', () => {
  it('suggests a likely typo, and nothing for an unrelated word', () => {
    expect(closest('titel', ['title', 'steps'])).toBe('title');
    expect(closest('Stage', ['stage', 'steps'])).toBe('stage');
    expect(closest('colour', ['id', 'stage', 'title'])).toBeUndefined();
  });
});
