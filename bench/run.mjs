// Runs every bench/*.bench.mjs in name order (or those whose name contains one of
// the arguments) and ends with one table of all verdicts. Each bench module
// exports `default async function (ctx)` that prints its own table and returns
// one verdict or a list of them: { title, ratio, target, pass }.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const benchDir = dirname(fileURLToPath(import.meta.url));
const root = dirname(benchDir);
const filters = process.argv.slice(2);

const files = readdirSync(benchDir)
  .filter((name) => name.endsWith('.bench.mjs'))
  .filter((name) => filters.length === 0 || filters.some((f) => name.includes(f)))
  .sort();

const ctx = {
  root,
  node: process.execPath,
  coach: join(root, 'bin', 'coach.js'),
  log: (text) => process.stderr.write(text),
};

console.log(
  `node ${process.version}, ${process.platform}/${process.arch}; runs interleaved with their baseline`,
);
const verdicts = [];
let failed = false;
for (const name of files) {
  try {
    const { default: bench } = await import(pathToFileURL(join(benchDir, name)).href);
    const result = await bench(ctx);
    verdicts.push(...[result ?? []].flat().map((v) => ({ file: name, ...v })));
  } catch (error) {
    failed = true;
    console.error(`\n${name} failed: ${error instanceof Error ? error.message : error}`);
  }
}

if (verdicts.length > 0) {
  console.log('\nSummary');
  const width = Math.max(...verdicts.map((v) => v.title.length));
  for (const v of verdicts) {
    console.log(
      `  ${v.title.padEnd(width)}   ratio ${v.ratio.toFixed(2)}   target ≤ ${v.target.toFixed(2)}   ${v.pass ? 'PASS' : 'FAIL'}`,
    );
  }
}
process.exitCode = failed ? 1 : 0;
