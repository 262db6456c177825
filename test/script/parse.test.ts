import { describe, expect, it } from 'vitest';
import { check, codes, expectDiagnostic, FIVE_STEPS, withSteps, yaml } from './helpers.js';

describe('YAML and file problems', () => {
  it('reports YAML syntax with yaml’s code and the text at the place, not prose', () => {
    const result = check('coach: 1\nid: x\n\ttitle: y\n');
    const d = expectDiagnostic(result, 'YAML_SYNTAX', '3:1');
    expect(d.params).toEqual({ yamlCode: 'TAB_AS_INDENT', detail: 'title: y' });
    expect(result.script).toBeUndefined();
  });

  it('reports an unclosed flow collection', () => {
    const d = expectDiagnostic(check('coach: 1\ntitle: { en: "x"\n'), 'YAML_SYNTAX', '3:1');
    expect(d.params.yamlCode).toBeTypeOf('string');
  });

  it('reports a second document', () => {
    const d = expectDiagnostic(check(`${withSteps(FIVE_STEPS)}---\na: 1\n`), 'YAML_SYNTAX', '10:1');
    expect(d.params.yamlCode).toBe('MULTIPLE_DOCS');
  });

  it('reports a duplicate key at the second occurrence, and checks the rest', () => {
    const result = check(yaml`
      coach: 1
      id: test
      id: again
      title: { en: Test }
      steps: []
    `);
    expect(expectDiagnostic(result, 'DUPLICATE_KEY', '3:1').params).toEqual({ key: 'id' });
    expectDiagnostic(result, 'INVALID_VALUE', '5:8');
  });

  it('reports an empty file and a file of comments only', () => {
    expectDiagnostic(check(''), 'EMPTY_FILE', '1:1');
    expectDiagnostic(check('# nothing yet\n\n'), 'EMPTY_FILE', '1:1');
  });

  it('refuses binary data: a NUL byte, a replacement character, a lone surrogate', () => {
    expectDiagnostic(check('coach: 1\nid: a\u0000b\n'), 'BINARY_FILE', '2:6');
    expectDiagnostic(check('coach: 1\nid: \uFFFD\n'), 'BINARY_FILE', '2:5');
    expectDiagnostic(check('id: \uD800x\n'), 'BINARY_FILE', '1:5');
  });

  it('refuses a file over the size limit without parsing it', () => {
    const d = expectDiagnostic(check(`a: ${'ą'.repeat(600)}`, 1000), 'FILE_TOO_LARGE', '1:1');
    expect(d.params).toEqual({ bytes: 1203, limit: 1000 });
    expect(codes(check('a: b', 3))).toEqual(['FILE_TOO_LARGE']);
    expect(codes(check('a: b', 4))).not.toContain('FILE_TOO_LARGE');
    expect(codes(check(`a: ${'x'.repeat(2_000_000)}`))).toEqual(['FILE_TOO_LARGE']);
  });

  it('counts columns as editors do: without a byte-order mark, and before a CR', () => {
    expectDiagnostic(check('\uFEFFfoo: 1\ncoach: 1\n'), 'UNKNOWN_KEY', '1:1');
    const d = expectDiagnostic(check('coach: 1\r\nid: X\r\n'), 'INVALID_VALUE', '2:5');
    expect(d.end).toEqual({ line: 2, col: 6 });
  });

  it('requires a mapping at the top', () => {
    expectDiagnostic(check('- coach: 1\n'), 'NOT_A_MAPPING', '1:1');
    expectDiagnostic(check('just text'), 'NOT_A_MAPPING', '1:1');
    expectDiagnostic(check('\n\n42\n'), 'NOT_A_MAPPING', '3:1');
  });
});

describe('aliases and nesting', () => {
  const laughs = () => {
    const lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (let i = 1; i < 9; i++) {
      const from = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      lines.push(`${name}: &${name} [${Array(9).fill(`*${from}`).join(', ')}]`);
    }
    return lines.join('\n');
  };

  it('refuses a billion laughs, wherever the aliases are', () => {
    const result = check(laughs());
    expect(codes(result)).toEqual(['ALIAS_LIMIT']);
    expect(result.diagnostics[0]?.params).toEqual({ limit: 100 });
  });

  it('refuses an alias inside its own anchor', () => {
    expectDiagnostic(check('coach: 1\ntitle: &t { en: *t }\n'), 'ALIAS_LIMIT', '2:17');
  });

  it('reports an alias without anchor', () => {
    const d = expectDiagnostic(check('coach: 1\nid: *nowhere\n'), 'YAML_SYNTAX', '2:5');
    expect(d.params).toEqual({ yamlCode: 'BAD_ALIAS', detail: '*nowhere' });
  });

  it('follows a few aliases like the values they stand for', () => {
    const result = check(
      withSteps(
        [
          '  - { id: hello, stage: greeting, say: &hi { en: "Hello." } }',
          '  - { id: name, stage: rapport, say: *hi }',
          '  - { id: need, stage: needs, say: *hi }',
          '  - { id: offer, stage: solutions, say: *hi }',
          '  - { id: thanks, stage: gratitude, say: *hi }',
        ].join('\n'),
      ),
    );
    expect(result.diagnostics).toEqual([]);
    expect(result.script?.steps[4]?.say).toEqual({ en: 'Hello.' });
  });

  it('checks what an alias stands for, pointing at the anchored text', () => {
    const result = check(yaml`
      coach: 1
      id: test
      title: &tips { en: [ "Smile" ] }
      version: *tips
    `);
    expect(expectDiagnostic(result, 'WRONG_TYPE', '3:20').path).toBe('title.en');
    expect(expectDiagnostic(result, 'WRONG_TYPE', '3:14').path).toBe('version');
  });

  it('refuses nesting deeper than 64 levels, before composing', () => {
    expectDiagnostic(check(`x: ${'['.repeat(70)}${']'.repeat(70)}`), 'TOO_DEEP', '1:67');
    expect(codes(check(`x: ${'['.repeat(60)}${']'.repeat(60)}`))).not.toContain('TOO_DEEP');
  });

  it('survives nesting that would overflow the YAML composer', () => {
    const flow = `a: ${'['.repeat(5000)}${']'.repeat(5000)}`;
    expect(codes(check(flow))).toEqual(['TOO_DEEP']);
    const block = Array.from({ length: 1400 }, (_, i) => `${' '.repeat(i)}- `).join('\n');
    const result = check(`${block}x`);
    expect(codes(result)).toEqual(['TOO_DEEP']);
    expect(result.diagnostics[0]?.start).toEqual({ line: 65, col: 65 });
  });
});

describe('tags', () => {
  it('refuses unknown tags such as !!js/function, and YAML 1.1 tags', () => {
    const result = check(yaml`
      coach: 1
      id: !!js/function "function () {}"
      title: !custom { en: x }
      version: !!binary aGVsbG8=
    `);
    for (const at of ['2:5', '3:8', '4:10'] as const) {
      expect(expectDiagnostic(result, 'YAML_SYNTAX', at).params.yamlCode).toBe(
        'TAG_RESOLVE_FAILED',
      );
    }
    expect(result.script).toBeUndefined();
  });

  it('accepts the core tags', () => {
    const result = check(withSteps(FIVE_STEPS, 'version: !!str 2026.11\n'));
    expect(result.diagnostics).toEqual([]);
    expect(result.script?.version).toBe('2026.11');
  });
});
