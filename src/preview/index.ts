/** The script as a document to review or print: an outline model and its writers. */

export { renderHtml } from './html.js';
export { renderMarkdown } from './markdown.js';
export { buildOutline } from './outline.js';
export { renderText } from './text.js';
export { wordsFor } from './words.js';

export const PREVIEW_FORMATS = ['text', 'md', 'html'] as const;
export type PreviewFormat = (typeof PREVIEW_FORMATS)[number];
