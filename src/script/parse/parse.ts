/**
 * Stage 1: YAML text → yaml Document, with positions. This is what yaml's
 * `parseDocument` does (Parser, then Composer, with a LineCounter), split in two so
 * that the nesting depth is checked on the CST before the recursive composer runs.
 * Errors keep yaml's own code; its English messages are not passed on.
 */
import { Composer, type Document, LineCounter, Parser, type YAMLError } from 'yaml';
import { error, type Issue, warning } from '../issues.js';
import { type AliasTable, analyzeAliases, MAX_ALIAS_EXPANSIONS } from './aliases.js';
import { inspectCst, MAX_DEPTH } from './depth.js';

/**
 * YAML 1.2 core schema whatever the `%YAML` directive says: no merge keys, and the
 * YAML 1.1 tags (`!!binary`, `!!set`, `!!timestamp`…) stay unresolved, so they are
 * reported like any other unknown tag.
 */
const OPTIONS = {
  schema: 'core',
  merge: false,
  resolveKnownTags: false,
  // Repeated keys are found by the shape stage in linear time: yaml compares
  // every key with every other, which takes minutes on a mapping of 100,000 keys.
  uniqueKeys: false,
  strict: true,
  prettyErrors: false,
} as const;

export interface ParsedYaml {
  readonly lineCounter: LineCounter;
  readonly doc?: Document.Parsed;
  readonly aliases?: AliasTable;
  readonly issues: readonly Issue[];
  /** Whether the later stages may read the document. */
  readonly usable: boolean;
}

export function parseYaml(source: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const tokens = [...new Parser(lineCounter.addNewLine).parse(source)];
  const facts = inspectCst(tokens);
  if (facts.tooDeepAt !== undefined) {
    const at = facts.tooDeepAt;
    return {
      lineCounter,
      issues: [placed(error('TOO_DEEP', [], { limit: MAX_DEPTH }), at)],
      usable: false,
    };
  }

  const issues: Issue[] = [];
  let doc: Document.Parsed | undefined;
  for (const next of new Composer(OPTIONS).compose(tokens, true, source.length)) {
    if (doc) {
      issues.push(syntax(source, 'MULTIPLE_DOCS', next.range[0], 'error'));
      break;
    }
    doc = next;
  }
  if (!doc) return { lineCounter, issues, usable: false };

  // Any error leaves a tree that may not be what the author meant: stop there.
  const usable = doc.errors.length === 0;
  for (const e of doc.errors) {
    // Stack exhaustion in the composer is nesting, whatever yaml calls it.
    issues.push(
      e.code === 'RESOURCE_EXHAUSTION'
        ? placed(error('TOO_DEEP', [], { limit: MAX_DEPTH }), e.pos[0])
        : fromYamlError(source, e, 'error'),
    );
  }
  for (const w of doc.warnings) {
    // An unknown tag (`!!js/function`, `!foo`) is refused, not read as a plain string.
    issues.push(fromYamlError(source, w, w.code === 'TAG_RESOLVE_FAILED' ? 'error' : 'warning'));
  }
  if (!usable) return { lineCounter, doc, issues, usable };
  if (doc.contents === null) {
    issues.push(placed(error('EMPTY_FILE', []), 0));
    return { lineCounter, doc, issues, usable: false };
  }
  if (!facts.hasAlias) return { lineCounter, doc, issues, usable };

  const aliases = analyzeAliases(doc.contents);
  for (const alias of aliases.unresolved) {
    issues.push(syntax(source, 'BAD_ALIAS', alias.range?.[0] ?? 0, 'error'));
  }
  if (aliases.overLimit) {
    const start = aliases.overLimit.range?.[0] ?? 0;
    const end = aliases.overLimit.range?.[1] ?? start;
    issues.push(placed(error('ALIAS_LIMIT', [], { limit: MAX_ALIAS_EXPANSIONS }), start, end));
    return { lineCounter, doc, aliases, issues, usable: false };
  }
  return { lineCounter, doc, aliases, issues, usable };
}

function placed(issue: Issue, start: number, end = start + 1): Issue {
  return { ...issue, range: [start, Math.max(start, end)] };
}

function fromYamlError(source: string, e: YAMLError, severity: 'error' | 'warning'): Issue {
  return syntax(source, e.code, e.pos[0], severity, e.pos[1]);
}

function syntax(
  source: string,
  yamlCode: string,
  start: number,
  severity: 'error' | 'warning',
  end = start + 1,
): Issue {
  const params = { yamlCode, detail: snippet(source, start) };
  const issue =
    severity === 'error' ? error('YAML_SYNTAX', [], params) : warning('YAML_SYNTAX', [], params);
  return placed(issue, start, end);
}

/** A few characters of the source at `start`, on one line: the text, never prose. */
function snippet(source: string, start: number): string {
  let end = start;
  while (end < source.length && end - start < 24) {
    const c = source.charCodeAt(end);
    if (c === 10 || c === 13) break;
    end++;
  }
  return source.slice(start, end).trim();
}
