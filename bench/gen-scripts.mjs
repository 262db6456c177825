// Writes valid scripts shaped like the shipped ones: 10–30 steps through the five
// stages, every text in five locales, a captured customer name, an options step
// with a probe that loops back, tips, checklists and time targets. Seeded, so
// every run and machine checks the same files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from './lib.mjs';
import { ASK, CHECKLIST, LOCALES, OPTIONS, SAY, STAGE_TITLES, TIPS } from './phrases.mjs';

const q = (text) => JSON.stringify(text);

function localeMap(lines, indent, key, variants) {
  const pad = ' '.repeat(indent);
  lines.push(`${pad}${key}:`);
  LOCALES.forEach((locale, i) => {
    lines.push(`${pad}  ${locale}: ${q(variants[i])}`);
  });
}

function listMap(lines, indent, key, items) {
  const pad = ' '.repeat(indent);
  lines.push(`${pad}${key}:`);
  LOCALES.forEach((locale, i) => {
    lines.push(`${pad}  ${locale}:`);
    for (const item of items) lines.push(`${pad}    - ${q(item[i])}`);
  });
}

/** Distinct random items of a list. */
function some(rand, list, count) {
  const pool = [...list];
  const out = [];
  while (out.length < count && pool.length > 0)
    out.push(pool.splice(Math.floor(rand.next() * pool.length), 1)[0]);
  return out;
}

/** Sentences joined per locale. */
const joined = (sentences) => LOCALES.map((_, i) => sentences.map((s) => s[i]).join(' '));

function target(texts) {
  // Well within 150 words a minute, as a trainer would set it.
  const words = Math.max(...texts.map((t) => t.split(/\s+/).filter(Boolean).length));
  const seconds = Math.ceil((words / 2.5) * 1.5) + 10;
  return seconds >= 60
    ? `${Math.floor(seconds / 60)}m${seconds % 60 ? `${seconds % 60}s` : ''}`
    : `${seconds}s`;
}

function plan(rand) {
  const total = rand.int(10, 30);
  const greeting = rand.int(1, 2);
  const gratitude = rand.int(1, 2);
  // At least three needs steps (questions, the choice, the probe) and two solutions.
  const rapport = rand.int(1, Math.min(3, total - greeting - gratitude - 5));
  const rest = total - greeting - rapport - gratitude;
  const needs = Math.min(rest - 2, rand.int(3, Math.max(3, Math.floor(rest / 2))));
  return { greeting, rapport, needs, solutions: rest - needs, gratitude };
}

function step(lines, rand, s) {
  lines.push(`  - id: ${s.id}`, `    stage: ${s.stage}`);
  const title = STAGE_TITLES[s.stage];
  localeMap(lines, 4, 'title', s.n > 1 ? title.map((t) => `${t} ${s.n}`) : title);
  if (s.required) lines.push('    required: true');
  const texts = [];
  if (s.say) {
    const say = joined(s.say);
    texts.push(...say);
    localeMap(lines, 4, 'say', say);
  }
  if (s.ask) {
    texts.push(...s.ask);
    localeMap(lines, 4, 'ask', s.ask);
  }
  if (texts.length > 0 && rand.next() < 0.7) lines.push(`    target: ${target(texts)}`);
  if (rand.next() < 0.5) listMap(lines, 4, 'tips', some(rand, TIPS, rand.int(1, 2)));
  if (s.checklist) listMap(lines, 4, 'checklist', s.checklist);
  if (s.options) {
    lines.push('    options:');
    for (const o of s.options) {
      lines.push(`      - id: ${o.id}`);
      localeMap(lines, 8, 'label', o.label);
      lines.push(`        next: ${o.next}`);
    }
  }
  if (s.capture) lines.push(`    capture: ${s.capture}`);
  if (s.next) lines.push(`    next: ${s.next}`);
  if (s.end) lines.push('    end: true');
}

function steps(rand, counts) {
  const out = [];
  const add = (stage, n, extra) => out.push({ id: `${stage}-${n}`, stage, n, ...extra });
  const sayOf = (stage) =>
    rand.next() < 0.85 ? some(rand, SAY[stage], rand.int(1, 3)) : undefined;
  for (let n = 1; n <= counts.greeting; n++)
    add('greeting', n, { say: some(rand, SAY.greeting, rand.int(1, 3)), required: n === 1 });
  add('rapport', 1, { say: sayOf('rapport'), ask: ASK.rapport[0], capture: 'customer' });
  for (let n = 2; n <= counts.rapport; n++)
    add('rapport', n, {
      say: some(rand, SAY.rapport, rand.int(1, 2)),
      ask: rand.next() < 0.5 ? ASK.rapport[1] : undefined,
    });
  for (let n = 1; n <= counts.needs - 2; n++)
    add('needs', n, { say: sayOf('needs'), ask: rand.pick(ASK.needs), required: n === 1 });
  const later = rand.int(1, counts.solutions);
  const options = [
    { id: 'direct', label: OPTIONS[0], next: 'solutions-1' },
    ...(rand.next() < 0.6
      ? [{ id: 'compare', label: OPTIONS[1], next: `solutions-${later}` }]
      : []),
    { id: 'unsure', label: OPTIONS[3], next: 'probe' },
  ];
  out.push({ id: 'choose', stage: 'needs', n: counts.needs - 1, ask: ASK.needs[0], options });
  out.push({
    id: 'probe',
    stage: 'needs',
    n: counts.needs,
    checklist: some(rand, CHECKLIST, rand.int(2, 4)),
    next: 'choose',
  });
  for (let n = 1; n <= counts.solutions; n++) {
    add('solutions', n, {
      say: some(rand, SAY.solutions, rand.int(1, 3)),
      ask:
        n === counts.solutions
          ? ASK.solutions[1]
          : rand.next() < 0.3
            ? ASK.solutions[0]
            : undefined,
      checklist: rand.next() < 0.4 ? some(rand, CHECKLIST, rand.int(2, 4)) : undefined,
      required: n === counts.solutions,
    });
  }
  for (let n = 1; n <= counts.gratitude; n++) {
    const last = n === counts.gratitude;
    add('gratitude', n, {
      say: some(rand, SAY.gratitude, rand.int(1, 3)),
      ask: !last && rand.next() < 0.5 ? ASK.gratitude[0] : undefined,
      required: last,
      end: last,
    });
  }
  return out;
}

export function scriptText(seed, index) {
  const rand = seededRandom(seed * 1_000_003 + index);
  const lines = [
    '# yaml-language-server: $schema=../schema/script.schema.json',
    'coach: 1',
    `id: generated-${index}`,
    `version: "2026.${(index % 12) + 1}"`,
  ];
  localeMap(
    lines,
    0,
    'title',
    STAGE_TITLES.solutions.map((t) => `${t} #${index}`),
  );
  lines.push('source: en', `locales: [${LOCALES.join(', ')}]`, '', 'variables:', '  company:');
  localeMap(lines, 4, 'label', [
    'Company name',
    'Nome da empresa',
    'Nazwa firmy',
    'প্রতিষ্ঠানের নাম',
    'Název firmy',
  ]);
  lines.push(
    `    default: ${q(rand.pick(['Nimbus', 'Loja Azul', 'Sklep Pod Lipą', 'Modrý obchod']))}`,
    '  customer:',
  );
  localeMap(lines, 4, 'label', [
    'Customer name',
    'Nome do cliente',
    'Imię klienta',
    'গ্রাহকের নাম',
    'Jméno zákazníka',
  ]);
  lines.push('    pii: true', '', 'steps:');
  let stage = '';
  for (const s of steps(rand, plan(rand))) {
    if (s.stage !== stage) {
      stage = s.stage;
      lines.push(`  # --- ${stage} ---`);
    }
    step(lines, rand, s);
  }
  return `${lines.join('\n')}\n`;
}

/** Writes `count` scripts under `dir` (ten per sub-folder, as teams keep them) and returns their paths. */
export function writeScripts(dir, count, seed = 1) {
  const files = [];
  for (let i = 0; i < count; i++) {
    const folder = join(dir, `team-${String(Math.floor(i / 10)).padStart(3, '0')}`);
    mkdirSync(folder, { recursive: true });
    const file = join(folder, `script-${String(i).padStart(4, '0')}.yaml`);
    writeFileSync(file, scriptText(seed, i));
    files.push(file);
  }
  return files;
}
