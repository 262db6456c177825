/**
 * The HTML report's charts as inline SVG (no script, no external file): skip
 * rate by stage, an agent × stage heat map of skip rates, and step durations
 * against their targets. Every text from the logs goes through escapeHtml.
 */
import { sanitizeLine } from '../../text/sanitize.js';
import type { Report } from '../types.js';
import type { ValueFormatter } from './values.js';

/** Control characters are not allowed in HTML text: they go, then markup is escaped. */
export function escapeHtml(text: string): string {
  return sanitizeLine(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const LABEL = 150;
const BAR = 380;
const ROW = 22;
/** Rows drawn at most per chart; the tables below hold every row. */
const MAX_ROWS = 60;

function svg(width: number, height: number, label: string, body: string): string {
  return `<svg role="img" aria-label="${escapeHtml(label)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">${body}</svg>`;
}

function text(x: number, y: number, content: string, anchor = 'start', extra = ''): string {
  return `<text x="${x}" y="${y}" text-anchor="${anchor}"${extra}>${escapeHtml(content)}</text>`;
}

export function skipRateByStage(report: Report, f: ValueFormatter): string {
  const rows = report.stages.slice(0, MAX_ROWS);
  const parts = rows.map((s, i) => {
    const y = i * ROW;
    const w = Math.round((s.skipRate ?? 0) * BAR);
    return (
      text(LABEL - 8, y + 15, s.stage, 'end') +
      `<rect class="bar" x="${LABEL}" y="${y + 3}" width="${w}" height="${ROW - 6}"><title>${escapeHtml(`${s.stage}: ${f.rate(s.skipRate)}`)}</title></rect>` +
      text(LABEL + w + 6, y + 15, f.rate(s.skipRate))
    );
  });
  return svg(
    LABEL + BAR + 80,
    Math.max(ROW, rows.length * ROW),
    f.t('report.html.chartStages'),
    parts.join(''),
  );
}

function heat(rate: number | null): string {
  if (rate === null) return '#eeeeee';
  return `hsl(8, 75%, ${Math.round(96 - rate * 56)}%)`;
}

export function agentStageHeatMap(report: Report, f: ValueFormatter): string {
  const stages = report.stages.map((s) => s.stage);
  const agents = [...report.agents]
    .sort((a, b) => b.entered - a.entered)
    .slice(0, MAX_ROWS)
    .map((a) => a.agent)
    .sort();
  const cells = new Map(report.agentStages.map((c) => [`${c.agent}\u0000${c.stage}`, c]));
  const cellW = 86;
  const top = ROW;
  const parts: string[] = stages.map((stage, j) =>
    text(LABEL + j * cellW + cellW / 2, 15, stage, 'middle'),
  );
  agents.forEach((agent, i) => {
    const y = top + i * ROW;
    parts.push(text(LABEL - 8, y + 15, agent, 'end'));
    stages.forEach((stage, j) => {
      const c = cells.get(`${agent}\u0000${stage}`);
      const rate = c?.skipRate ?? null;
      const x = LABEL + j * cellW;
      parts.push(
        `<rect x="${x + 1}" y="${y + 1}" width="${cellW - 2}" height="${ROW - 2}" fill="${heat(rate)}"><title>${escapeHtml(`${agent} · ${stage}: ${f.rate(rate)}`)}</title></rect>`,
        text(
          x + cellW / 2,
          y + 15,
          f.rate(rate),
          'middle',
          rate !== null && rate > 0.6 ? ' class="on-dark"' : '',
        ),
      );
    });
  });
  return svg(
    LABEL + stages.length * cellW + 10,
    top + Math.max(1, agents.length) * ROW,
    f.t('report.html.chartHeatMap'),
    parts.join(''),
  );
}

export function durationsAgainstTargets(report: Report, f: ValueFormatter): string {
  const rows = report.steps.filter((s) => s.medianMs !== null).slice(0, MAX_ROWS);
  const max = Math.max(1, ...rows.map((s) => Math.max(s.p90Ms ?? 0, s.targetMs ?? 0)));
  const scale = (ms: number) => Math.round((ms / max) * BAR);
  const parts = rows.map((s, i) => {
    const y = i * ROW;
    const over = s.targetMs !== null && (s.medianMs ?? 0) > s.targetMs;
    let row =
      text(LABEL - 8, y + 15, s.step, 'end') +
      `<rect class="${over ? 'bar over' : 'bar'}" x="${LABEL}" y="${y + 5}" width="${scale(s.medianMs ?? 0)}" height="${ROW - 10}"><title>${escapeHtml(`${s.script} · ${s.step}: ${f.seconds(s.medianMs)} / ${f.seconds(s.p90Ms)}`)}</title></rect>` +
      `<line class="p90" x1="${LABEL + scale(s.p90Ms ?? 0)}" x2="${LABEL + scale(s.p90Ms ?? 0)}" y1="${y + 3}" y2="${y + ROW - 3}"/>`;
    if (s.targetMs !== null) {
      const x = LABEL + scale(s.targetMs);
      row += `<line class="target" x1="${x}" x2="${x}" y1="${y + 1}" y2="${y + ROW - 1}"/>`;
    }
    return row + text(LABEL + BAR + 8, y + 15, f.seconds(s.medianMs));
  });
  return svg(
    LABEL + BAR + 90,
    Math.max(ROW, rows.length * ROW),
    f.t('report.html.chartDurations'),
    parts.join(''),
  );
}
