/**
 * Text from scripts and logs inside HTML: control characters are not allowed in
 * HTML text, so they go first (line breaks stay, for callers that turn them into
 * `<br>`), then every character markup could read is written as a reference.
 */
import { sanitizeText } from './sanitize.js';

const MARKUP = /[&<>"']/g;
const REFERENCES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return sanitizeText(text).replace(MARKUP, (ch) => REFERENCES[ch] as string);
}
