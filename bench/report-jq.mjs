// The report bench's aggregation done with jq (per step entered/done/skipped,
// median and 90th percentile of done durations; sessions by status; unreadable
// lines), printed in the bench's comparison shape. Usage: node report-jq.mjs DIR
//
// jq joins its input files into one stream, so a line cut off at the end of one
// file would merge with the first line of the next. perl feeds jq the files with
// a marker line after each: the line before a marker is "" when the file ended
// with its newline, and is the cut-off line otherwise (then skipped, as coach does).
import { spawn } from 'node:child_process';
import { listFiles } from './report-files.mjs';

const MARK = '#coach-bench-end-of-file';

// First jq: one output line per session file, with its status, its unreadable
// lines and its step events. It streams: nothing grows with the number of files.
const PER_FILE = String.raw`
def obj: (try fromjson catch null) as $o
  | if ($o | type) == "object" and ($o.type | type) == "string" then $o else null end;

def file($lines):
  ($lines[-1] != "") as $cut
  | $lines[:-1] as $body
  | (if ($body | length) > 0 then ($body[0] | obj) else null end) as $start
  | if $start == null or $start.type != "start" or ($start.v // 1) > 1
       or ($start.script | type) != "object" or ($start.script.id | type) != "string" then empty
    else
      (reduce $body[1:][] as $line ({ended: false, status: "interrupted", bad: 0, ev: []};
        if .ended then .
        else ($line | obj) as $o
          | if $o == null then .bad += 1
            elif ($o.v // 1) > 1 then .
            elif $o.type == "end" and ($o.status == "completed" or $o.status == "aborted") then .ended = true | .status = $o.status
            elif $o.type == "end" then .bad += 1
            elif ($o.type == "enter" or $o.type == "done" or $o.type == "skip") then
              if ($o.step | type) != "string" then .bad += 1
              elif $o.type != "enter" and (($o.ms | type) != "number" or $o.ms < 0) then .bad += 1
              else .ev += [[$o.type, ($start.script.id + "\u0000" + $o.step), $o.ms]] end
            else . end
        end))
      | {s: .status, u: (.bad + (if $cut and (.ended | not) then 1 else 0 end)), e: .ev}
    end;

foreach inputs as $line ({lines: [], done: false};
  if $line == "${MARK}" then {lines: .lines, done: true}
  elif .done then {lines: [$line], done: false}
  else {lines: (.lines + [$line]), done: false} end;
  if .done then file(.lines) else empty end)
`;

// Second jq: the totals, over all the files' lines at once (group_by sorts in C).
const TOTALS = `
def stats: sort as $s | ($s | length) as $n
  | if $n == 0 then [null, null]
    else [
      (if $n % 2 == 1 then $s[($n - 1) / 2] else ($s[$n / 2 - 1] + $s[$n / 2]) / 2 end),
      $s[((9 * $n + 9) / 10 | floor) - 1]
    ] end;

[inputs] as $files
| {
    sessions: (reduce $files[] as $f ({completed: 0, aborted: 0, interrupted: 0}; .[$f.s] += 1)),
    unreadableLines: ([$files[].u] | add // 0),
    steps: ([$files[].e[]] | group_by(.[1]) | map(
      ([.[] | select(.[0] == "done") | .[2]] | stats) as $st
      | {key: .[0][1], value: [
          ([.[] | select(.[0] == "enter")] | length),
          ([.[] | select(.[0] == "done")] | length),
          ([.[] | select(.[0] == "skip")] | length),
          $st[0], $st[1]]}
    ) | from_entries)
  }
`;

// Reads the file list on stdin, one path a line; writes each file, then a newline and the marker.
const FEEDER = `my @f = <STDIN>; chomp @f; local $/; for my $p (@f) { open(my $h, "<", $p) or next; binmode $h; my $c = <$h>; print $c if defined $c; print "\\n${MARK}\\n"; }`;

async function main() {
  const files = listFiles(process.argv[2]);
  const perl = spawn('perl', ['-e', FEEDER], { stdio: ['pipe', 'pipe', 'inherit'] });
  const perFile = spawn('jq', ['-nRc', PER_FILE], { stdio: ['pipe', 'pipe', 'inherit'] });
  const totals = spawn('jq', ['-nc', TOTALS], { stdio: ['pipe', 'inherit', 'inherit'] });
  perl.stdout.pipe(perFile.stdin);
  perFile.stdout.pipe(totals.stdin);
  perl.stdin.end(`${files.join('\n')}\n`);
  const code = await new Promise((resolve) => totals.on('close', resolve));
  process.exitCode = code ?? 1;
}

await main();
