import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/preview/index.js';
import { escapeMarkdown } from '../../src/preview/markdown.js';
import { STAGES } from '../../src/script/types.js';
import { crafted, HOSTILE, outlineOf, shipped, withVersion } from './fixtures.js';

describe('the preview as Markdown', () => {
  it('has the title, a heading per stage in order and a list item per step', () => {
    const script = shipped('service-cycle');
    const { outline, words } = outlineOf(script, 'pl');
    const md = renderMarkdown(outline, words);
    const lines = md.split('\n');
    expect(lines[0]).toBe('# Cykl obsługi: połączenie przychodzące');
    const headings = lines.filter((l) => l.startsWith('## '));
    expect(headings).toEqual(['## Zmienne', ...STAGES.map((s) => `## ${words.stage(s)}`)]);
    const steps = lines.filter((l) => /^- \*\*\d+\\\. /.test(l));
    expect(steps).toHaveLength(script.steps.length);
    expect(md).toContain('  - **Powiedz:** ');
    expect(md).toContain('    - [ ] ');
    expect(md).toContain('→ powrót do: 4. ');
    expect(md).toContain('`‹Nazwa firmy›`');
  });

  it('escapes what Markdown would read as links, HTML or structure', () => {
    const { outline, words } = outlineOf(crafted, 'en');
    const md = renderMarkdown(outline, words);
    // Code spans (the placeholders) show their content as is; outside them, no bare `<` or `[`.
    const outside = md.replace(/`[^`\n]*`/g, '');
    expect(outside).not.toMatch(/(?<!\\)<(script|img|a|b)\b/);
    expect(outside).not.toMatch(/(?<!\\)\[click\]\(/);
    expect(md).toContain('\\[click\\](https://evil.example)');
    expect(md).toContain('\\<script\\>');
    expect(md).toContain('\\*\\*bold\\*\\* \\_em\\_');
    // A line break inside a text is a hard break, and the next line cannot start a list.
    expect(md).toContain('\\\n    1\\. not a list');
    expect(md).toContain('    - \\- dash');
    expect(md).toContain('    - \\> quote');
    expect(md).toContain('`‹Customer name›`');
  });

  it('prints a version label with escapes in it without a control character', () => {
    const { script } = withVersion(`2026.11${HOSTILE}`);
    const { outline, words } = outlineOf(script, 'en');
    const md = renderMarkdown(outline, words);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what must not be there
    expect(md).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(md.split('\n')[2]).toBe(
      'script service-cycle · version 2026.11\\[31mred\\[0m \\]0;pwned bell desrever del c12J · English',
    );
  });

  it('keeps a text with blank lines inside its list item', () => {
    const script = {
      ...crafted,
      steps: crafted.steps.map((s) =>
        s.id === 'fix' ? { ...s, say: { en: 'One.\n\n   \nTwo.' } } : s,
      ),
    };
    const { outline, words } = outlineOf(script, 'en');
    expect(renderMarkdown(outline, words)).toContain('  - **Say:** One.\\\n    Two.\n');
  });

  it('escapeMarkdown leaves plain prose alone', () => {
    expect(escapeMarkdown('Dzień dobry, nazywam się Ana.')).toBe('Dzień dobry, nazywam się Ana.');
    expect(escapeMarkdown('a & b | c')).toBe('a \\& b \\| c');
    expect(escapeMarkdown('# x\n2) y')).toBe('\\# x\n2\\) y');
  });
});
