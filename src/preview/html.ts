/**
 * The preview as one self-contained HTML page: inline CSS, no script, no external
 * font, image or link; a cheat-sheet that prints on A4 without splitting a step
 * across pages. Every text from the script is escaped.
 */
import { escapeHtml } from '../text/html.js';
import type { Outline, PreviewStep, PreviewText, Segment } from './model.js';
import { plainText as plain, type Words } from './words.js';

const STYLE = `
@page{size:A4;margin:14mm 12mm}
*{box-sizing:border-box}
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Bengali",sans-serif;color:#1d2329;margin:2rem auto;max-width:52rem;padding:0 1rem}
h1{font-size:1.6rem;margin:0 0 .2rem}
h2{font-size:1.15rem;margin:1.6rem 0 .5rem;border-bottom:2px solid #3b7dd8;padding-bottom:.15rem;color:#24548f}
.meta{color:#4a5560;margin:0}.fallback{color:#8a5300;background:#fff6e0;padding:.3rem .6rem;border-radius:4px}
.step{border:1px solid #d8dde3;border-radius:6px;padding:.5rem .8rem;margin:.6rem 0;break-inside:avoid;page-break-inside:avoid}
.step h3{font-size:1rem;margin:0 0 .3rem}.num{color:#4a5560;margin-right:.3rem}
.mark{display:inline-block;font-size:.75rem;font-weight:600;border:1px solid #9aa5b1;border-radius:3px;padding:0 .3rem;margin-left:.4rem;color:#4a5560;vertical-align:middle}
.mark.required{border-color:#c0392b;color:#c0392b}
dl{margin:0;display:grid;grid-template-columns:max-content 1fr;gap:.2rem .8rem}dt{font-weight:600;color:#24548f}dd{margin:0}
.say{font-weight:600}ul{margin:0;padding-left:1.2rem}ul.check,ul.vars{list-style:none;padding-left:0}ul.check li::before{content:"☐ ";}
.to{color:#6b3fa0}
.var{background:#e8eefc;border:1px dashed #3b7dd8;border-radius:3px;padding:0 .2rem;font-style:italic}
.var.filled{background:#e9f6ec;border:1px solid #3c9a5f;font-style:normal}
code{font-size:.85em}
@media print{body{margin:0;max-width:none;font-size:10.5pt}h2{break-after:avoid;page-break-after:avoid}.step{border-color:#999}.var{border-color:#555;background:none}.fallback{background:none;border:1px solid #999}}
`;

function segment(s: Segment): string {
  if (s.kind === 'variable' && s.value !== undefined) {
    return `<span class="var filled" title="{{${escapeHtml(s.name)}}}">${escapeHtml(s.value)}</span>`;
  }
  if (s.kind === 'variable') {
    return `<span class="var" title="{{${escapeHtml(s.name)}}}">‹${escapeHtml(s.label)}›</span>`;
  }
  return escapeHtml(s.text).replace(/\n/g, '<br>');
}

export function renderHtml(outline: Outline, words: Words): string {
  const html = (text: PreviewText) => {
    const body = text.segments.map(segment).join('');
    return text.lang === outline.locale
      ? body
      : `<span lang="${escapeHtml(text.lang)}">${body}</span>`;
  };
  const esc = escapeHtml;
  const fallback = words.fallback(outline);
  const title = plain(outline.title);

  const variables =
    outline.variables.length === 0
      ? ''
      : `<h2>${esc(words.t('preview.variables.heading'))}</h2>\n<ul class="vars">${outline.variables
          .map(
            (v) =>
              `<li><span class="var">‹${esc(v.label)}›</span> <code>{{${esc(v.name)}}}</code>${words
                .variableNotes(v)
                .map((n) => ` · ${esc(n)}`)
                .join('')}</li>`,
          )
          .join('\n')}</ul>`;

  const step = (s: PreviewStep): string => {
    const rows: string[] = [];
    const row = (label: string, body: string) =>
      rows.push(`<dt>${esc(label)}</dt><dd>${body}</dd>`);
    if (s.say) row(words.field('say'), `<span class="say">${html(s.say)}</span>`);
    if (s.ask) row(words.field('ask'), `<span class="say">${html(s.ask)}</span>`);
    if (s.tips.length > 0)
      row(words.field('tips'), `<ul>${s.tips.map((i) => `<li>${html(i)}</li>`).join('')}</ul>`);
    if (s.checklist.length > 0) {
      row(
        words.field('checklist'),
        `<ul class="check">${s.checklist.map((i) => `<li>${html(i)}</li>`).join('')}</ul>`,
      );
    }
    if (s.options.length > 0) {
      const items = s.options.map(
        (o) =>
          `<li>${html(o.label)} <span class="to">${esc(words.destination(o.to, plain))}</span></li>`,
      );
      row(words.field('options'), `<ul>${items.join('')}</ul>`);
    }
    if (s.capture)
      row(words.t('preview.labels.capture'), `<span class="var">‹${esc(s.capture.label)}›</span>`);
    if (s.then)
      row(
        words.t('preview.labels.then'),
        `<span class="to">${esc(words.destination(s.then, plain))}</span>`,
      );
    const marks = words
      .marks(s)
      .map(
        (m, i) => `<span class="mark${i === 0 && s.required ? ' required' : ''}">${esc(m)}</span>`,
      )
      .join('');
    return `<section class="step" id="step-${esc(s.id)}">
<h3><span class="num">${esc(words.number(s.number))}.</span>${html(s.title)}${marks}</h3>
${rows.length > 0 ? `<dl>${rows.join('\n')}</dl>` : ''}
</section>`;
  };

  const stages = outline.stages
    .map(
      (stage) => `<h2>${esc(words.stage(stage.stage))}</h2>\n${stage.steps.map(step).join('\n')}`,
    )
    .join('\n');

  return `<!doctype html>
<html lang="${esc(outline.locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${html(outline.title)}</h1>
<p class="meta">${esc(words.meta(outline))}</p>
${fallback ? `<p class="fallback">${esc(fallback)}</p>` : ''}
${variables}
${stages}
</body>
</html>
`;
}
