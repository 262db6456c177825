// The baseline for `coach validate DIR`: what parsing the same files with yaml
// alone costs — find the *.yaml files, read each in turn, parseDocument it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';

const dir = process.argv[2];
const files = readdirSync(dir, { recursive: true })
  .filter((name) => name.endsWith('.yaml') || name.endsWith('.yml'))
  .sort()
  .map((name) => join(dir, name));

let errors = 0;
for (const file of files) {
  const doc = YAML.parseDocument(readFileSync(file, 'utf8'));
  errors += doc.errors.length;
}
process.stdout.write(`${files.length} files parsed, ${errors} errors\n`);
process.exitCode = errors > 0 ? 1 : 0;
