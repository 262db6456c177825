/** `--format json`: the report's data, documented in docs/report-format.md. */
import { safeJson } from '../../text/safe-json.js';
import type { Report } from '../types.js';

export function formatJson(report: Report): string {
  return `${safeJson(report, 2)}\n`;
}
