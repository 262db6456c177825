import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/preview/index.js';
import { crafted, HOSTILE, outlineOf, SHIPPED, shipped, withVersion } from './fixtures.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/;

describe('the preview as HTML', () => {
  for (const locale of ['en', 'pt', 'pl', 'bn', 'cs'] as const) {
    it(`${locale}: one self-contained page that prints on A4`, () => {
      for (const id of SHIPPED) {
        const { outline, words } = outlineOf(shipped(id), locale);
        const html = renderHtml(outline, words);
        expect(html.startsWith('<!doctype html>\n')).toBe(true);
        expect(html).toContain(`<html lang="${locale}">`);
        expect(html).toContain('<meta charset="utf-8">');
        expect(html).not.toMatch(/<script\b/i);
        expect(html).not.toMatch(/<link\b/i);
        expect(html).not.toMatch(/\b(src|href)\s*=\s*["']?\s*(https?:)?\/\//i);
        expect(html).not.toMatch(/@import|url\(/i);
        expect(html).toMatch(/@page\{size:A4;margin:[^}]+\}/);
        expect(html).toMatch(/\.step\{[^}]*break-inside:avoid/);
        expect(html.match(/<section class="step"/g)).toHaveLength(shipped(id).steps.length);
      }
    });
  }

  it('escapes everything from the script', () => {
    const { outline, words } = outlineOf(crafted, 'en');
    const html = renderHtml(outline, words);
    expect(html).not.toMatch(/<script\b/i);
    expect(html).not.toMatch(/<img\b/i);
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=&quot;https://evil.example/x.png&quot;');
    expect(html).not.toMatch(CONTROL);
  });

  it('keeps control characters out, even from a field the outline passes on as written', () => {
    // A version label is the trainer's free text: YAML lets it carry escapes, and it is valid.
    const { script } = withVersion(`2026.11 ${HOSTILE}`);
    expect(script.version).toContain('\x1b');
    const { outline, words } = outlineOf(script, 'en');
    const html = renderHtml(outline, words);
    expect(html).toContain('2026.11');
    expect(html).not.toMatch(CONTROL);
  });

  it('marks texts shown in the source locale with their language', () => {
    const { outline, words } = outlineOf(crafted, 'bn');
    const html = renderHtml(outline, words);
    expect(html).toContain('<html lang="bn">');
    expect(html).toContain('<span lang="en">');
    expect(html.match(/class="fallback"/g)).toHaveLength(1);
  });

  it('shows variables as styled placeholders, or filled in from --var', () => {
    const script = shipped('service-cycle');
    const blank = outlineOf(script, 'en');
    expect(renderHtml(blank.outline, blank.words)).toContain(
      '<span class="var" title="{{company}}">‹Company name›</span>',
    );
    const filled = outlineOf(script, 'en', { company: 'Blue <Shop>' });
    expect(renderHtml(filled.outline, filled.words)).toContain(
      '<span class="var filled" title="{{company}}">Blue &lt;Shop&gt;</span>',
    );
  });
});
