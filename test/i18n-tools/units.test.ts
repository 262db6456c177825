import { describe, expect, it } from 'vitest';
import { sourceHash } from '../../src/i18n-tools/hash.js';
import { formatLock, lockPathFor, parseLock } from '../../src/i18n-tools/lock.js';
import { textIn } from '../../src/i18n-tools/units.js';
import { SCRIPT, target } from './helpers.js';

describe('text table', () => {
  const { table } = target(SCRIPT);

  it('gives every text a stable key built from ids, one per list item', () => {
    expect(table.units.map((u) => u.key)).toEqual([
      'title',
      'variables.customer.label',
      'greet.say',
      'greet.tips.0',
      'greet.tips.1',
      'name.ask',
      'need.ask',
      'need.options.buy.label',
      'need.options.other.label',
      'solve.checklist.0',
      'solve.checklist.1',
      'thanks.say',
    ]);
  });

  it('keeps the context a translator needs', () => {
    const say = table.units.find((u) => u.key === 'greet.say');
    expect(say).toMatchObject({
      stepId: 'greet',
      stage: 'greeting',
      field: 'say',
      variables: ['company'],
    });
    expect(say?.sourceText).toBe('Hello, thank you for calling {{company}}.');
  });

  it('reads translations of texts and list items; an absent item is missing', () => {
    const tips = table.units.filter((u) => u.field === 'tips');
    expect(tips.map((u) => textIn(u, 'pt'))).toEqual(['Sorria.', undefined]);
    expect(table).toMatchObject({ id: 'shop', source: 'en', locales: ['en', 'pt'] });
  });
});

describe('lock file', () => {
  it('sits beside the script under a name no script search picks up', () => {
    expect(lockPathFor('scripts/shop.yaml')).toBe('scripts/shop.i18n.lock');
    expect(lockPathFor('scripts/shop.yaml')).not.toMatch(/\.ya?ml$/);
  });

  it('writes sorted keys and locales, one line per text, and reads them back', () => {
    const lock = new Map([
      [
        'need.ask',
        new Map([
          ['pt', sourceHash('b')],
          ['cs', sourceHash('b')],
        ]),
      ],
      ['greet.say', new Map([['pt', sourceHash('a')]])],
    ]);
    const text = formatLock(lock, 'shop.yaml');
    const body = text.split('\n').filter((l) => l && !l.startsWith('#'));
    expect(body).toEqual([
      `greet.say: { pt: ${sourceHash('a')} }`,
      `need.ask: { cs: ${sourceHash('b')}, pt: ${sourceHash('b')} }`,
    ]);
    const read = parseLock(text);
    expect('lock' in read && read.lock).toEqual(lock);
  });

  it('keeps a hash made only of digits as text', () => {
    const read = parseLock('greet.say: { pt: 123456789012 }\nneed.ask: { pt: 1e5 }\n');
    expect('lock' in read && read.lock.get('greet.say')?.get('pt')).toBe('123456789012');
  });

  it('survives hand edits: block style, comments, blank lines', () => {
    const read = parseLock('# mine\n\ngreet.say:\n  pt: abc123   # checked by Ana\n');
    expect('lock' in read && read.lock.get('greet.say')?.get('pt')).toBe('abc123');
  });

  it('points at the line of an entry that is not a lock entry', () => {
    expect(parseLock('greet.say: { pt: abc }\nneed.ask: [1, 2]\n')).toEqual({
      problem: { line: 2, col: 1 },
    });
    expect(parseLock('greet.say: { Portuguese: abc }\n')).toMatchObject({ problem: { line: 1 } });
    expect(parseLock('greet.say: {\n')).toHaveProperty('problem');
  });
});
