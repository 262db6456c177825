// The floor of the sync bench: the same log lines put into PostgreSQL by psql's
// `\copy` into a one-column table, with nothing read, parsed or keyed on the way.
// The lines of every session file are concatenated into one file (once, untimed);
// they are loaded as CSV whose quote and delimiter are two control bytes that
// appear nowhere in the lines, so that backslashes, tabs and quotes go in as they
// are (text format would read `\"` as an escape).
import { closeSync, openSync, readdirSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

const DAY_FOLDER = /^\d{4}-\d{2}-\d{2}$/;
const NEWLINE = Buffer.from('\n');
/** Bytes that may stand for CSV's quote and delimiter when no line holds them. */
const CANDIDATES = [
  1,
  2,
  3,
  4,
  5,
  6,
  7,
  8,
  11,
  12,
  ...Array.from({ length: 18 }, (_, i) => 14 + i),
];

/** Every session file of a data set, in day-folder and name order. */
function* sessionFiles(dir) {
  for (const day of readdirSync(dir)
    .filter((d) => DAY_FOLDER.test(d))
    .sort()) {
    for (const name of readdirSync(join(dir, day)).sort()) {
      if (name.endsWith('.jsonl')) yield join(dir, day, name);
    }
  }
}

/**
 * Writes all lines of the data set's session files to `out`, each ending with a
 * newline (a last line cut off mid-write is one line too); returns how many
 * lines, how many bytes, how many of the lines were such a cut-off last line,
 * and the two bytes to use as quote and delimiter.
 */
export function writeLinesFile(dir, out) {
  const seen = new Uint8Array(256);
  const fd = openSync(out, 'w');
  let lines = 0;
  let bytes = 0;
  let cutOff = 0;
  try {
    for (const file of sessionFiles(dir)) {
      const buf = readFileSync(file);
      if (buf.length === 0) continue;
      for (let i = 0; i < buf.length; i++) {
        const b = buf[i];
        seen[b] = 1;
        if (b === 10) lines++;
      }
      writeSync(fd, buf);
      bytes += buf.length;
      if (buf[buf.length - 1] !== 10) {
        writeSync(fd, NEWLINE);
        lines++;
        cutOff++;
        bytes++;
      }
    }
  } finally {
    closeSync(fd);
  }
  const free = CANDIDATES.filter((b) => seen[b] === 0);
  if (free.length < 2) throw new Error('sync floor: no two control bytes are free in the lines');
  if (seen[13])
    throw new Error('sync floor: the lines hold a carriage return, which CSV would not keep');
  return { path: out, lines, bytes, cutOff, quote: free[0], delimiter: free[1] };
}

const hex = (b) => `e'\\x${b.toString(16).padStart(2, '0')}'`;

/** psql's arguments for loading the lines file into `t(line)` of the database at `url`. */
export function copyArgs(url, file) {
  const path = file.path.replaceAll("'", "''");
  const meta = `\\copy t(line) from '${path}' with (format csv, quote ${hex(file.quote)}, delimiter ${hex(file.delimiter)})`;
  return ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', url, '-c', meta];
}
