// Output of the sync bench: aligned tables, the command lines it measured, and
// the units it speaks in.
const MIB = 1024 * 1024;

export const secs = (ms) => `${(ms / 1000).toFixed(2)} s`;
export const millis = (ms) => `${ms.toFixed(1)} ms`;
export const mib = (bytes) => `${(bytes / MIB).toFixed(1)} MiB`;
export const perSecond = (count, ms) => `${Math.round((count * 1000) / ms).toLocaleString('en')}/s`;
export const verdictWord = (pass) => (pass ? 'PASS' : 'FAIL');

/** Prints a title and rows of cells, the first column to the left, the others to the right. */
export function printTable(title, rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c] ?? '').length)));
  console.log(`\n${title}`);
  for (const r of rows) {
    const cells = r.map((cell, c) => {
      const text = String(cell ?? '');
      return c === 0 ? text.padEnd(widths[c]) : text.padStart(widths[c]);
    });
    console.log(`  ${cells.join('   ').trimEnd()}`);
  }
}

/** The quoted command line of a measured run, as a shell would take it. */
export function shellLine(cmd, args) {
  const quote = (s) => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replaceAll("'", `'\\''`)}'`);
  return [cmd, ...args].map(quote).join(' ');
}

export function printCommand(label, cmd, args) {
  console.log(`  ${label}: ${shellLine(cmd, args)}`);
}
