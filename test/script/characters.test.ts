/** Text that would reach a terminal as something else (CONTROL_CHARACTER). */
import { describe, expect, it } from 'vitest';
import { refusedCharacter } from '../../src/script/text/controls.js';
import { sanitizeLine, sanitizeText } from '../../src/text/sanitize.js';
import { check, codes, expectDiagnostic, FIVE_STEPS, greeting, withSteps } from './helpers.js';

// withSteps: step i (from 0) is on line 5 + i; what follows `steps` starts on line 10.
describe('control characters and bidirectional overrides', () => {
  it('are refused at the escape that writes them', () => {
    const result = greeting('{ en: "Hello.\\e]0;pwned\\a" }');
    const d = expectDiagnostic(result, 'CONTROL_CHARACTER', '5:53');
    expect(d.params).toEqual({ kind: 'control', character: 'U+001B' });
    expect(d.end).toEqual({ line: 5, col: 55 });
    expect(d.path).toBe('steps.0.say.en');
    expect(result.script).toBeUndefined();
  });

  it.each([
    ['\\x9b2J', 'U+009B', 'control'],
    ['\\u0007', 'U+0007', 'control'],
    ['\\U0000007F', 'U+007F', 'control'],
    ['\\r', 'U+000D', 'control'],
    ['\\u202E', 'U+202E', 'bidi'],
    ['\\u2066', 'U+2066', 'bidi'],
  ])('%s in a double-quoted text', (written, character, kind) => {
    const d = expectDiagnostic(greeting(`{ en: "Hi ${written}." }`), 'CONTROL_CHARACTER', '5:50');
    expect(d.params).toEqual({ kind, character });
  });

  it('written as themselves, in any field: a title, a tip, an option, a default, the version', () => {
    const result = check(
      withSteps(
        FIVE_STEPS.replace(
          '{ en: "Hello." }',
          '{ en: "Hello." }, tips: { en: ["ok", "evil \u202egnp.exe"] }, options: [ { id: a, label: { en: "A\u0085" } } ]',
        ),
        'version: "1\u001b"\nvariables: { store: { default: "Main\u009bSt" } }\n',
      ).replace('title: { en: Test }', 'title: { en: "T\u0007" }'),
    );
    expect(result.diagnostics.map((d) => [d.path, d.params.character])).toEqual([
      ['title.en', 'U+0007'],
      ['steps.0.tips.en.1', 'U+202E'],
      ['steps.0.options.0.label.en', 'U+0085'],
      ['version', 'U+001B'],
      ['variables.store.default', 'U+009B'],
    ]);
    expectDiagnostic(result, 'CONTROL_CHARACTER', '3:16');
    expectDiagnostic(result, 'CONTROL_CHARACTER', '10:12');
  });

  it('are not mistaken for an escaped backslash', () => {
    expect(greeting('{ en: "C:\\\\e and C:\\\\x1b" }').diagnostics).toEqual([]);
    const d = expectDiagnostic(
      greeting('{ en: "C:\\\\e, then \\e" }'),
      'CONTROL_CHARACTER',
      '5:59',
    );
    expect(d.end).toEqual({ line: 5, col: 61 });
  });
});

describe('tabs and line breaks', () => {
  it('are free in what is said and asked, which is shown as lines', () => {
    const result = greeting('{ en: "Hello.\\n\\tHow are you?\\r" }');
    expect(codes(result)).toEqual(['CONTROL_CHARACTER']);
    expect(result.diagnostics[0]?.params.character).toBe('U+000D');
    expect(greeting('{ en: "Hello.\\n\\tHow are you?\\u2028" }').diagnostics).toEqual([]);
  });

  it('break no text shown on one line, but may end one (a YAML block scalar)', () => {
    const tips = (list: string) => greeting(`{ en: "Hi." }, tips: { en: ${list} }`);
    const d = expectDiagnostic(tips('["Smile\\nwide"]'), 'CONTROL_CHARACTER', '5:74');
    expect(d.params).toEqual({ kind: 'lineBreak', character: 'U+000A' });
    expect(tips('["Smile\\n", "Tab\\tstop"]').diagnostics).toEqual([]);
    const block = check(
      withSteps(FIVE_STEPS, 'variables:\n  store:\n    default: |\n      Main\n      Street\n'),
    );
    expect(block.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ['CONTROL_CHARACTER', 'variables.store.default'],
    ]);
  });
});

describe('the characters refused', () => {
  it('are those the output sanitizer removes, and no others', () => {
    const differs: string[] = [];
    for (let code = 0; code <= 0x3000; code++) {
      const char = String.fromCharCode(code);
      const refused = refusedCharacter(`a${char}b`, false) !== undefined;
      // Tab and the line breaks that output keeps as such are text; the rest it removes.
      const removed = sanitizeText(char) !== char && !'\t\n\u2028\u2029'.includes(char);
      if (refused !== removed) differs.push(code.toString(16));
      const oneLine = refusedCharacter(`a${char}b`, true) !== undefined;
      if (oneLine !== (sanitizeLine(char) !== char && char !== '\t')) differs.push(`line ${code}`);
    }
    expect(differs).toEqual([]);
  });
});
