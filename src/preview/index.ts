/** The script as a document to review or print: an outline model and its writers. */

export { renderHtml } from './html.js';
export { escapeMarkdown, renderMarkdown } from './markdown.js';
export { buildOutline, type Outline, type OutlineOptions } from './outline.js';
export { renderText, type TextOptions } from './text.js';
export { type Translate, type Words, wordsFor } from './words.js';

export const PREVIEW_FORMATS = ['text', 'md', 'html'] as const;
export type PreviewFormat = (typeof PREVIEW_FORMATS)[number];
