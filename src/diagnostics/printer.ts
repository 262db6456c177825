/**
 * Streams the result of `coach validate` file by file, as text for people or as
 * one JSON array for programs (and then nothing else on stdout).
 */
import type { ChalkInstance } from 'chalk';
import type { Sink } from '../io/sink.js';
import type { Diagnostic } from '../script/diagnostic.js';
import { safeJson } from '../text/safe-json.js';
import { jsonDiagnostic } from './json.js';
import { SourceLines } from './source-lines.js';
import { type Counts, summaryLine } from './summary.js';
import { formatDiagnostic } from './text.js';

export interface FileResult {
  /** The text positions refer to, when the file was read as text. */
  readonly source?: string;
  readonly diagnostics: readonly Diagnostic[];
}

export interface Printer {
  file(file: string, result: FileResult): Promise<void>;
  /** After the last file; `counts.files` is 0 when nothing could be checked. */
  end(counts: Counts): Promise<void>;
}

export function textPrinter(sink: Sink, paint: ChalkInstance): Printer {
  return {
    async file(file, { source, diagnostics }) {
      if (diagnostics.length === 0) return;
      const lines = source === undefined ? undefined : new SourceLines(source);
      await sink.write(diagnostics.map((d) => formatDiagnostic(file, d, lines, paint)).join(''));
    },
    async end(counts) {
      if (counts.files > 0) await sink.write(`${summaryLine(counts, paint)}\n`);
    },
  };
}

export function jsonPrinter(sink: Sink): Printer {
  let first = true;
  return {
    async file(file, { diagnostics }) {
      if (diagnostics.length === 0) return;
      const items = diagnostics.map((d) => safeJson(jsonDiagnostic(file, d)));
      await sink.write(`${first ? '[\n' : ',\n'}${items.join(',\n')}`);
      first = false;
    },
    async end() {
      await sink.write(first ? '[]\n' : '\n]\n');
    },
  };
}
