/**
 * `--format html`: one self-contained page (inline CSS and SVG, no script, no
 * external font, image or link) that reads well on screen and on paper. Every
 * text from the logs is escaped.
 */
import type { Locale } from '../../i18n/index.js';
import { escapeHtml } from '../../text/html.js';
import type { Dimension, Report } from '../types.js';
import { agentStageHeatMap, durationsAgainstTargets, skipRateByStage } from './charts.js';
import { isTextKind, tableFor } from './columns.js';
import { summaryOf } from './summary.js';
import { type ValueFormatter, valueFormatter } from './values.js';

const STYLE = `
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Bengali",sans-serif;color:#1d2329;margin:2rem auto;max-width:72rem;padding:0 1rem}
h1{font-size:1.6rem;margin:0 0 .3rem}h2{font-size:1.15rem;margin:2rem 0 .6rem;border-bottom:1px solid #d8dde3;padding-bottom:.2rem}
.summary{color:#4a5560}.warn{color:#9a5b00}
table{border-collapse:collapse;width:100%;font-size:.88rem}th,td{padding:.25rem .5rem;border-bottom:1px solid #e6e9ed;text-align:left;vertical-align:top}
th{background:#f4f6f8;font-weight:600}th.n{text-align:right}td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
svg{max-width:100%;height:auto;font-size:12px;fill:#1d2329}svg .bar{fill:#3b7dd8}svg .over{fill:#d9534f}
svg .p90{stroke:#1d2329;stroke-width:2}svg .target{stroke:#d9534f;stroke-width:2;stroke-dasharray:3 2}svg .on-dark{fill:#fff}
.legend{font-size:.85rem;color:#4a5560}
@page{margin:1.5cm}
@media print{body{margin:0;max-width:none;font-size:11px}h2{break-after:avoid}table,svg{break-inside:avoid}th{background:none}}
`;

function table(report: Report, by: Dimension, f: ValueFormatter): string {
  const { columns, rows } = tableFor(report, by, f.reason);
  const head = columns
    .map((c) => {
      const label = escapeHtml(f.t(`report.columns.${c.name}`));
      return isTextKind(c.kind) ? `<th>${label}</th>` : `<th class="n">${label}</th>`;
    })
    .join('');
  const body = rows
    .map(
      (row) =>
        `<tr>${columns
          .map((c) => {
            const cell = escapeHtml(f.format(c.kind, c.get(row)));
            return isTextKind(c.kind) ? `<td>${cell}</td>` : `<td class="n">${cell}</td>`;
          })
          .join('')}</tr>`,
    )
    .join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

export function formatHtml(report: Report, by: Dimension, lng: Locale, generatedAt: Date): string {
  const f = valueFormatter(lng);
  const { t } = f;
  const section = (key: string, body: string) => `<h2>${escapeHtml(t(key))}</h2>\n${body}`;
  const order: Dimension[] = [
    by,
    ...(['step', 'stage', 'agent', 'script', 'locale'] as const).filter((d) => d !== by),
  ];
  const summary = summaryOf(report, f);
  const warnings =
    summary.skippedLines !== undefined
      ? `<p class="warn">${escapeHtml(summary.skippedLines)}</p>`
      : '';
  return `<!doctype html>
<html lang="${escapeHtml(lng)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t('report.html.title'))}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(t('report.html.title'))}</h1>
<p class="summary">${escapeHtml(summary.sessions)} · <strong>${escapeHtml(summary.outcomes)}</strong><br>${escapeHtml(summary.statuses)}<br>${escapeHtml(t('report.html.generated', { date: new Intl.DateTimeFormat(lng, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(generatedAt) }))}</p>
${warnings}
${section('report.html.chartStages', skipRateByStage(report, f))}
${section('report.html.chartHeatMap', agentStageHeatMap(report, f))}
${section('report.html.chartDurations', `${durationsAgainstTargets(report, f)}<p class="legend">${escapeHtml(t('report.html.durationsLegend'))}</p>`)}
${order.map((d) => section(`report.html.by.${d}`, table(report, d, f))).join('\n')}
</body>
</html>
`;
}
