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

const PROGRAM = String.raw`
def obj: (try fromjson catch null) as $o
  | if ($o | type) == "object" and ($o.type | type) == "string" then $o else null end;

def file($lines):
  ($lines[-1] != "") as $cut
  | $lines[:-1] as $body
  | (if ($body | length) > 0 then ($body[0] | obj) else null end) as $start
  | if $start == null or $start.type != "start" or ($start.v // 1) > 1
       or ($start.script | type) != "object" or ($start.script.id | type) != "string" then .
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
              else .ev += [[$o.type, $o.step, $o.ms]] end
            else . end
        end)) as $f
      | .status[$f.status] += 1
      | .unreadable += $f.bad + (if $cut and ($f.ended | not) then 1 else 0 end)
      | reduce $f.ev[] as $e (.;
          ($start.script.id + "\u0000" + $e[1]) as $k
          | if $e[0] == "enter" then .steps[$k].entered += 1
            elif $e[0] == "done" then .steps[$k].done += 1 | .ms[$k] += [$e[2]]
            else .steps[$k].skipped += 1 end)
    end;

def stats: sort as $s | ($s | length) as $n
  | if $n == 0 then {median: null, p90: null}
    else {
      median: (if $n % 2 == 1 then $s[($n - 1) / 2] else ($s[$n / 2 - 1] + $s[$n / 2]) / 2 end),
      p90: $s[((9 * $n + 9) / 10 | floor) - 1]
    } end;

(reduce inputs as $line ({status: {completed: 0, aborted: 0, interrupted: 0}, unreadable: 0, steps: {}, ms: {}, lines: []};
  if $line == "${MARK}" then file(.lines) | .lines = [] else .lines += [$line] end))
| . as $all
| {
    sessions: $all.status,
    unreadableLines: $all.unreadable,
    steps: ($all.steps | to_entries | map(
      .key as $k | ($all.ms[$k] // [] | stats) as $st
      | {key: $k, value: [(.value.entered // 0), (.value.done // 0), (.value.skipped // 0), $st.median, $st.p90]}
    ) | from_entries)
  }
`;

// Reads the file list on stdin, one path a line; writes each file, then a newline and the marker.
const FEEDER = `my @f = <STDIN>; chomp @f; local $/; for my $p (@f) { open(my $h, "<", $p) or next; binmode $h; my $c = <$h>; print $c if defined $c; print "\\n${MARK}\\n"; }`;

async function main() {
  const files = listFiles(process.argv[2]);
  const perl = spawn('perl', ['-e', FEEDER], { stdio: ['pipe', 'pipe', 'inherit'] });
  const jq = spawn('jq', ['-nRc', PROGRAM], { stdio: ['pipe', 'inherit', 'inherit'] });
  perl.stdout.pipe(jq.stdin);
  perl.stdin.end(`${files.join('\n')}\n`);
  const code = await new Promise((resolve) => jq.on('close', resolve));
  process.exitCode = code ?? 1;
}

await main();
