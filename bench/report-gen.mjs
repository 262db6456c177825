// A seeded set of session logs for the report bench, in the one-file-per-session
// layout of docs/log-format.md: day folders, one .jsonl per session, the shipped
// scripts as snapshots. About 20 events and 2 KB per session; 5% interrupted,
// 1% cut off in the middle of a line, 0.2% with a corrupt line. Kept in a cache
// folder under the system's temp folder and reused once complete.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { seededRandom } from './lib.mjs';

const FORMAT = 'v1';
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const AGENTS = [
  'ana',
  'bruno',
  'carla',
  'diego',
  'eva',
  'filip',
  'gosia',
  'hana',
  'ivo',
  'jana',
  'kamil',
  'lucie',
  'marta',
  'nuno',
  'olga',
  'pavel',
  'rita',
  'sara',
  'tomas',
  'uma',
  'rahim',
  'nusrat',
  'তানভীর',
  'শর্মিলা',
  'zofia',
  'łukasz',
  'štěpán',
  'joão',
  'inês',
  'vera',
];
const LOCALES = ['en', 'pt', 'pl', 'bn', 'cs'];
const REASONS = [
  'customer in a hurry',
  'already known',
  'customer asked to skip',
  'not relevant for this call',
  'line was bad, "could not hear"',
  'repeat caller',
];
const OUTCOMES = [
  'resolved',
  'resolved',
  'resolved',
  'unresolved',
  'callback',
  'complaint',
  'compliment',
];

function sessionId(ms, n) {
  let id = '';
  let time = ms;
  for (let i = 0; i < 10; i++) {
    id = CROCKFORD[time % 32] + id;
    time = Math.floor(time / 32);
  }
  let rest = n;
  let tail = '';
  for (let i = 0; i < 16; i++) {
    tail = CROCKFORD[rest % 32] + tail;
    rest = Math.floor(rest / 32);
  }
  return id + tail;
}

function loadScripts(root) {
  return ['service-cycle.yaml', 'retail-returns.yaml'].map((name) => {
    const text = readFileSync(join(root, 'scripts', name));
    const doc = parse(text.toString('utf8'));
    return {
      text,
      sha: createHash('sha256').update(text).digest('hex'),
      id: doc.id,
      version: doc.version,
      steps: doc.steps.map((s) => ({ id: s.id, stage: s.stage })),
    };
  });
}

function sessionLines(rnd, script, start, agent, locale, id) {
  const lines = [];
  let now = start;
  const iso = () => new Date(now).toISOString();
  const startLine = {
    v: 1,
    t: iso(),
    type: 'start',
    session: id,
    script: { id: script.id, version: script.version, sha256: script.sha },
    locale,
    agent,
    host: `ws-${rnd.int(1, 40)}`,
    coach: '0.1.0',
    vars: { company: 'Loja Azul' },
    logPii: false,
  };
  lines.push(JSON.stringify(startLine));
  const skipBias = (AGENTS.indexOf(agent) % 5) * 0.03;
  const skipped = [];
  const aborted = rnd.next() < 0.05;
  const stopAt = aborted ? rnd.int(1, script.steps.length - 1) : script.steps.length;
  for (let i = 0; i < stopAt; i++) {
    const step = script.steps[i];
    lines.push(JSON.stringify({ t: iso(), type: 'enter', step: step.id, stage: step.stage }));
    const ms = Math.round(800 + rnd.next() * rnd.next() * 60000);
    now += ms;
    if (rnd.next() < 0.15) {
      lines.push(
        JSON.stringify({
          t: iso(),
          type: 'note',
          step: step.id,
          text: 'customer mentioned a previous order',
        }),
      );
    }
    if (rnd.next() < 0.08 + skipBias + (step.stage === 'rapport' ? 0.15 : 0)) {
      skipped.push(step.id);
      lines.push(
        JSON.stringify({
          t: iso(),
          type: 'skip',
          step: step.id,
          stage: step.stage,
          reason: rnd.pick(REASONS),
          ms,
        }),
      );
    } else {
      if (rnd.next() < 0.2) {
        lines.push(JSON.stringify({ t: iso(), type: 'choice', step: step.id, option: 'return' }));
      }
      lines.push(JSON.stringify({ t: iso(), type: 'done', step: step.id, stage: step.stage, ms }));
    }
  }
  now += rnd.int(1000, 20000);
  const end = aborted
    ? { t: iso(), type: 'end', status: 'aborted', skipped, unreached: [], ms: now - start }
    : {
        t: iso(),
        type: 'end',
        status: 'completed',
        outcome: rnd.pick(OUTCOMES),
        skipped,
        unreached: [],
        ms: now - start,
      };
  lines.push(JSON.stringify(end));
  return lines;
}

/** The text of one session file: whole, without its end (killed), cut mid-line, or with a corrupt line. */
function sessionText(rnd, lines) {
  const roll = rnd.next();
  if (roll < 0.04) return `${lines.slice(0, -1).join('\n')}\n`;
  if (roll < 0.05) {
    const at = rnd.int(1, lines.length - 1);
    const line = lines[at];
    const cut = rnd.int(1, line.length - 1);
    return `${lines.slice(0, at).join('\n')}\n${line.slice(0, cut)}`;
  }
  if (roll < 0.052) {
    const at = rnd.int(1, lines.length - 2);
    const copy = [...lines];
    copy[at] = `${copy[at].slice(0, 20)}#@!\u0001${copy[at].slice(30)}`;
    return `${copy.join('\n')}\n`;
  }
  return `${lines.join('\n')}\n`;
}

export function datasetDir(sessions) {
  return join(tmpdir(), `coach-bench-report-${FORMAT}-${sessions}`);
}

/** Writes the set unless a complete one is already cached; returns its folder. */
export function ensureDataset(root, sessions, seed = 20261123, log = () => {}) {
  const dir = datasetDir(sessions);
  const marker = join(dir, '.complete');
  if (existsSync(marker)) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'scripts'), { recursive: true });
  const scripts = loadScripts(root);
  for (const s of scripts) writeFileSync(join(dir, 'scripts', `${s.sha}.yaml`), s.text);
  const rnd = seededRandom(seed);
  const first = Date.UTC(2026, 9, 1);
  const spacing = Math.floor((30 * 86_400_000) / sessions);
  let day = '';
  let bytes = 0;
  for (let n = 0; n < sessions; n++) {
    const start = first + n * spacing + rnd.int(0, spacing - 1);
    const folder = new Date(start).toISOString().slice(0, 10);
    if (folder !== day) {
      day = folder;
      mkdirSync(join(dir, day), { recursive: true });
    }
    const id = sessionId(start, n);
    const script = rnd.next() < 0.7 ? scripts[0] : scripts[1];
    const text = sessionText(
      rnd,
      sessionLines(rnd, script, start, rnd.pick(AGENTS), rnd.pick(LOCALES), id),
    );
    writeFileSync(join(dir, day, `${id}.jsonl`), text);
    bytes += Buffer.byteLength(text);
    if (n % 10000 === 9999) log(`  generated ${n + 1} of ${sessions} sessions\n`);
  }
  writeFileSync(marker, `${sessions} sessions, ${bytes} bytes\n`);
  return dir;
}
