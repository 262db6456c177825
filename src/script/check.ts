/**
 * `checkScript`: YAML text → diagnostics, and the `Script` when there is no error.
 * The stages run in order — source guards, parse, shape, normalize, rules — and
 * each stops only what it must: an unusable document ends the check, while shape
 * problems leave the rest of the script to the rules.
 */
import { isAlias, isMap } from 'yaml';
import type { Diagnostic, DiagnosticCode } from './diagnostic.js';
import { error, type Issue } from './issues.js';
import { MAX_SCRIPT_BYTES } from './limits.js';
import { Locator, linesFrom, linesInText, toDiagnostic } from './locate.js';
import { normalize, toScript } from './normalize.js';
import { MAX_DEPTH } from './parse/depth.js';
import { checkSource } from './parse/guards.js';
import { parseYaml } from './parse/parse.js';
import { createContext, RULES } from './rules/index.js';
import { Reader, rangeOf } from './shape/reader.js';
import { readScript } from './shape/script.js';
import { SUGGESTION_CELLS } from './text/similar.js';
import type { Script } from './types.js';

export interface CheckResult {
  readonly script?: Script;
  readonly diagnostics: readonly Diagnostic<DiagnosticCode>[];
}

export interface CheckOptions {
  /** Largest source accepted, in UTF-8 bytes (default 1 MiB). */
  readonly maxBytes?: number;
}

/** Never throws, whatever the input. `script` is present when there are no errors. */
export function checkScript(source: string, options?: CheckOptions): CheckResult {
  try {
    return check(source, options?.maxBytes ?? MAX_SCRIPT_BYTES);
  } catch (cause) {
    // Only a bug or an exhausted stack gets here; the file still gets an answer.
    const diagnostic: Diagnostic<DiagnosticCode> =
      cause instanceof RangeError
        ? {
            code: 'TOO_DEEP',
            severity: 'error',
            params: { limit: MAX_DEPTH },
            start: { line: 1, col: 1 },
          }
        : {
            code: 'YAML_SYNTAX',
            severity: 'error',
            params: { yamlCode: 'IMPOSSIBLE', detail: '' },
            start: { line: 1, col: 1 },
          };
    return { diagnostics: [diagnostic] };
  }
}

function check(input: string, maxBytes: number): CheckResult {
  if (typeof input !== 'string') {
    return early(String(input), { ...error('BINARY_FILE', []), range: [0, 0] });
  }
  const refused = checkSource(input, maxBytes);
  if (refused) return early(input, refused);
  // Editors do not count a byte-order mark as a column; neither do positions here.
  const source = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;

  const parsed = parseYaml(source);
  const lines = linesFrom(parsed.lineCounter, source);
  const issues: Issue[] = [...parsed.issues];
  const root = isAlias(parsed.doc?.contents)
    ? parsed.aliases?.targets.get(parsed.doc.contents)
    : parsed.doc?.contents;
  const finish = (locator?: Locator, script?: Script): CheckResult => ({
    ...(script && !issues.some((i) => i.severity === 'error') ? { script } : {}),
    diagnostics: sorted(issues.map((i) => toDiagnostic(i, lines, locator))),
  });
  if (!parsed.usable) return finish();
  if (!isMap(root)) {
    issues.push({ ...error('NOT_A_MAPPING', []), range: rangeOf(root) });
    return finish();
  }

  const budget = { cells: SUGGESTION_CELLS };
  const reader = new Reader(parsed.aliases, budget);
  const shape = readScript(reader, root);
  if (shape.unsupported) {
    append(
      issues,
      reader.issues.filter((i) => i.code === 'UNSUPPORTED_VERSION'),
    );
    return finish();
  }
  append(issues, reader.issues);

  const draft = normalize(shape.raw);
  const locator = new Locator(source, root, parsed.aliases);
  const ctx = createContext(draft, (path) => lines.position(locator.range(path)[0]).line, budget);
  for (const rule of RULES) append(issues, rule(ctx));
  return finish(locator, toScript(draft));
}

/** `push(...more)` would overflow the stack with the problems of a very bad file. */
function append(issues: Issue[], more: readonly Issue[]): void {
  for (const issue of more) issues.push(issue);
}

function early(source: string, issue: Issue): CheckResult {
  return {
    diagnostics: [toDiagnostic(issue, linesInText(source), undefined)],
  };
}

/** In file order; problems at the same place keep the order the stages found them. */
function sorted(diagnostics: Diagnostic<DiagnosticCode>[]): Diagnostic<DiagnosticCode>[] {
  return diagnostics.sort((a, b) => a.start.line - b.start.line || a.start.col - b.start.col);
}
