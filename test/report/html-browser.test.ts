/**
 * The HTML report as a browser shows it: headless Chromium opens the file with
 * every network request refused, and the page must need none, draw its three
 * charts, show log text as text (never as markup), log no error, and print.
 * Without Debian's Chromium at /usr/bin/chromium the test is skipped (.ci/run
 * installs it when it can).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { coach } from '../cli/run-coach.js';
import { done, end, enter, lines, logDir, skip, start } from './logs.js';

const CHROMIUM = '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM);
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const HOSTILE = '<script>alert(1)</script>';
const LONG = 'Maria da Conceição Albuquerque';
const AGENTS = ['ana', 'bruno', 'carla', HOSTILE, LONG];
const STAGES = ['greeting', 'rapport', 'needs', 'solutions', 'gratitude'];
/** The stages as the page names them, in the report's language (English here). */
const STAGE_NAMES = ['Greeting', 'Rapport', 'Needs', 'Solutions', 'Gratitude'];
const STEPS = ['greet', 'name', 'remark', 'need', 'solve', 'verify', 'thanks'];

/** Every step of service-cycle in order, each done or skipped. */
function call(agent: string, skipped: readonly string[], ms: number): string[] {
  const stageOf: Record<string, string> = {
    greet: 'greeting',
    name: 'rapport',
    remark: 'rapport',
    need: 'needs',
    solve: 'solutions',
    verify: 'solutions',
    thanks: 'gratitude',
  };
  const events = [start(`S-${agent}-${ms}`, agent, 'en')];
  for (const step of STEPS) {
    const stage = stageOf[step] as string;
    events.push(enter(step, stage));
    events.push(
      skipped.includes(step) ? skip(step, stage, 'customer in a hurry') : done(step, stage, ms),
    );
  }
  return events;
}

function sessions(): string[] {
  return [
    lines(...call('ana', [], 9000), end('completed', 90000, 'resolved')),
    lines(...call('ana', ['remark'], 14000), end('completed', 80000, 'resolved')),
    lines(...call('bruno', ['name', 'remark'], 21000), end('completed', 70000, 'unresolved')),
    lines(...call(HOSTILE, ['verify', 'thanks'], 70000), end('aborted', 60000)),
    // Interrupted after the needs stage: no events in the later stages.
    lines(...call('carla', [], 5000).slice(0, 7)),
    lines(...call(LONG, ['greet'], 12000), end('completed', 50000, 'resolved')),
  ];
}

const title = HAS_CHROMIUM
  ? 'opens offline in Chromium with its charts, tables and escaped log text, and prints'
  : `skipped: no Chromium at ${CHROMIUM} (.ci/run installs Debian's chromium when it can)`;

describe('coach report --format html in a browser', () => {
  it.skipIf(!HAS_CHROMIUM)(title, { timeout: 120_000 }, async () => {
    const dir = logDir(sessions());
    const file = join(dir, 'report.html');
    const run = await coach(['report', dir, '--format', 'html', '--out', file]);
    expect(run.code, run.stderr).toBe(0);

    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const requested: string[] = [];
      const refused: string[] = [];
      const dialogs: string[] = [];
      const errors: string[] = [];
      page.on('request', (r) => requested.push(r.url()));
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      await page.route('**/*', (r) => {
        if (r.request().url().startsWith('file:')) return r.continue();
        refused.push(r.request().url());
        return r.abort();
      });

      const url = `file://${file}`;
      await page.goto(url, { waitUntil: 'load' });

      // Three charts, each drawn with a size.
      const charts = page.locator('svg');
      expect(await charts.count()).toBe(3);
      for (let i = 0; i < 3; i++) {
        const box = await charts.nth(i).boundingBox();
        expect(box?.width, `chart ${i}`).toBeGreaterThan(0);
        expect(box?.height, `chart ${i}`).toBeGreaterThan(0);
      }
      // No label runs off its chart (long agent names once did, past the left edge).
      for (let i = 0; i < 3; i++) {
        const svg = await charts.nth(i).boundingBox();
        for (const label of await charts.nth(i).locator('text').all()) {
          const box = await label.boundingBox();
          const what = `chart ${i}: ${await label.textContent()}`;
          expect(box && svg, what).toBeTruthy();
          if (!box || !svg) continue;
          expect(box.x, what).toBeGreaterThanOrEqual(svg.x - 1);
          expect(box.x + box.width, what).toBeLessThanOrEqual(svg.x + svg.width + 1);
        }
      }
      // Skip rate by stage: one bar per stage.
      expect(await charts.nth(0).locator('rect.bar').count()).toBe(STAGES.length);
      // The heat map: one cell per agent × stage, agents with no event in a stage included.
      const heatMap = charts.nth(1);
      expect(await heatMap.locator('rect').count()).toBe(AGENTS.length * STAGES.length);
      const cellTitles = await heatMap.locator('rect > title').allTextContents();
      for (const agent of AGENTS) {
        for (const stage of STAGE_NAMES) {
          expect(cellTitles.some((t) => t.startsWith(`${agent} · ${stage}:`))).toBe(true);
        }
      }
      // Durations: one median bar per step that has one.
      expect(await charts.nth(2).locator('rect.bar').count()).toBe(STEPS.length);

      // Five tables, the step one first, then stage, agent, script, locale.
      const tables = page.locator('table');
      expect(await tables.count()).toBe(5);
      const firstCells = (i: number) => tables.nth(i).locator('tbody tr td:first-child');
      expect(await firstCells(0).allTextContents()).toEqual(STEPS.map(() => 'service-cycle'));
      expect(await tables.nth(0).locator('tbody tr td:nth-child(2)').allTextContents()).toEqual(
        STEPS,
      );
      expect(await firstCells(1).allTextContents()).toEqual(STAGE_NAMES);
      expect([...(await firstCells(2).allTextContents())].sort()).toEqual([...AGENTS].sort());

      // The hostile agent name is text on the page and never ran.
      expect(await page.locator('script').count()).toBe(0);
      expect(await page.getByText(HOSTILE, { exact: true }).count()).toBeGreaterThan(0);
      expect(await page.locator('svg text', { hasText: HOSTILE }).count()).toBe(1);
      expect(dialogs).toEqual([]);

      const png = await page.screenshot({ path: join(dir, 'report.png'), fullPage: true });
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      const pdf = await page.pdf({ format: 'A4', path: join(dir, 'report.pdf') });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(readFileSync(join(dir, 'report.pdf')).length).toBe(pdf.length);

      expect(errors).toEqual([]);
      expect(refused).toEqual([]);
      expect(requested).toEqual([url]);
      await context.close();
    } finally {
      await browser.close();
    }
  });
});
