/**
 * The HTML report's charts as inline SVG (no script, no external file): skip
 * rate by stage, an agent × stage heat map of skip rates, and step durations
 * against their targets. Every text from the logs goes through escapeHtml.
 */
import { escapeHtml } from '../../text/html.js';
import { sanitizeLine } from '../../text/sanitize.js';
import type { Report } from '../types.js';
import type { ValueFormatter } from './values.js';

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

/**
 * SVG has no text measuring without a script, so the label column is sized from
 * the longest label at about 7 px a character (12 px text), within bounds; a
 * label longer than the widest column is cut with an ellipsis and shown whole
 * in its tooltip, instead of running off the chart's left edge.
 */
const CHAR = 7;
const MIN_LABEL = 80;
const MAX_LABEL = 260;

function labelWidth(labels: readonly string[]): number {
  const longest = Math.max(0, ...labels.map((l) => [...sanitizeLine(l)].length));
  return Math.min(MAX_LABEL, Math.max(MIN_LABEL, longest * CHAR + 16));
}

/** A row label, right-aligned against the bars at `width`. */
function rowLabel(width: number, y: number, label: string): string {
  const chars = [...sanitizeLine(label)];
  const fits = Math.floor((width - 16) / CHAR);
  if (chars.length <= fits) return text(width - 8, y, label, 'end');
  const cut = `${chars.slice(0, fits - 1).join('')}…`;
  return `<text x="${width - 8}" y="${y}" text-anchor="end">${escapeHtml(cut)}<title>${escapeHtml(label)}</title></text>`;
}

export function skipRateByStage(report: Report, f: ValueFormatter): string {
  const rows = report.stages.slice(0, MAX_ROWS);
  const names = rows.map((s) => f.stage(s.stage));
  const labelW = labelWidth(names);
  const parts = rows.map((s, i) => {
    const y = i * ROW;
    const w = Math.round((s.skipRate ?? 0) * BAR);
    const name = names[i] as string;
    return (
      rowLabel(labelW, y + 15, name) +
      `<rect class="bar" x="${labelW}" y="${y + 3}" width="${w}" height="${ROW - 6}"><title>${escapeHtml(`${name}: ${f.rate(s.skipRate)}`)}</title></rect>` +
      text(labelW + w + 6, y + 15, f.rate(s.skipRate))
    );
  });
  return svg(
    labelW + BAR + 80,
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
  const labelW = labelWidth(agents.map(f.name));
  const top = ROW;
  const parts: string[] = stages.map((stage, j) =>
    text(labelW + j * cellW + cellW / 2, 15, f.stage(stage), 'middle'),
  );
  agents.forEach((agent, i) => {
    const y = top + i * ROW;
    const name = f.name(agent);
    parts.push(rowLabel(labelW, y + 15, name));
    stages.forEach((stage, j) => {
      const c = cells.get(`${agent}\u0000${stage}`);
      const rate = c?.skipRate ?? null;
      const x = labelW + j * cellW;
      parts.push(
        `<rect x="${x + 1}" y="${y + 1}" width="${cellW - 2}" height="${ROW - 2}" fill="${heat(rate)}"><title>${escapeHtml(`${name} · ${f.stage(stage)}: ${f.rate(rate)}`)}</title></rect>`,
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
    labelW + stages.length * cellW + 10,
    top + Math.max(1, agents.length) * ROW,
    f.t('report.html.chartHeatMap'),
    parts.join(''),
  );
}

export function durationsAgainstTargets(report: Report, f: ValueFormatter): string {
  const rows = report.steps.filter((s) => s.medianMs !== null).slice(0, MAX_ROWS);
  const max = Math.max(1, ...rows.map((s) => Math.max(s.p90Ms ?? 0, s.targetMs ?? 0)));
  const scale = (ms: number) => Math.round((ms / max) * BAR);
  const labelW = labelWidth(rows.map((s) => s.step));
  const parts = rows.map((s, i) => {
    const y = i * ROW;
    const over = s.targetMs !== null && (s.medianMs ?? 0) > s.targetMs;
    let row =
      rowLabel(labelW, y + 15, s.step) +
      `<rect class="${over ? 'bar over' : 'bar'}" x="${labelW}" y="${y + 5}" width="${scale(s.medianMs ?? 0)}" height="${ROW - 10}"><title>${escapeHtml(`${s.script} · ${s.step}: ${f.seconds(s.medianMs)} / ${f.seconds(s.p90Ms)}`)}</title></rect>` +
      `<line class="p90" x1="${labelW + scale(s.p90Ms ?? 0)}" x2="${labelW + scale(s.p90Ms ?? 0)}" y1="${y + 3}" y2="${y + ROW - 3}"/>`;
    if (s.targetMs !== null) {
      const x = labelW + scale(s.targetMs);
      row += `<line class="target" x1="${x}" x2="${x}" y1="${y + 1}" y2="${y + ROW - 1}"/>`;
    }
    return row + text(labelW + BAR + 8, y + 15, f.seconds(s.medianMs));
  });
  return svg(
    labelW + BAR + 90,
    Math.max(ROW, rows.length * ROW),
    f.t('report.html.chartDurations'),
    parts.join(''),
  );
}
