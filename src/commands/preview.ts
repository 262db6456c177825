/**
 * `coach preview <script>`: the script as a document to review, in the terminal
 * (text), as Markdown or as a printable HTML page, in the --lang locale.
 */
import { parseVars } from '../call/settings.js';
import { FailureError, UsageError } from '../errors.js';
import { currentLocale, translatorFor } from '../i18n/index.js';
import { stdoutChalk } from '../io/colour.js';
import { createSink } from '../io/sink.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import {
  buildOutline,
  PREVIEW_FORMATS,
  type PreviewFormat,
  renderHtml,
  renderMarkdown,
  renderText,
  wordsFor,
} from '../preview/index.js';
import { InvalidScriptError } from '../script-files/load-script.js';
import type { Handler } from './command.js';
import { loadNamedScript } from './script-arg.js';

export interface PreviewOptions {
  readonly format?: string;
  readonly scripts?: string;
  readonly var?: string[];
  readonly out?: string;
}

const isFormat = (value: string): value is PreviewFormat =>
  (PREVIEW_FORMATS as readonly string[]).includes(value);

function formatOf(value: string | undefined): PreviewFormat {
  if (value === undefined) return 'text';
  const text = value.trim().toLowerCase();
  if (isFormat(text)) return text;
  throw new UsageError(
    'preview.errors.badFormat',
    { value },
    { hint: 'preview.errors.badFormatHint', hintParams: { formats: PREVIEW_FORMATS.join(', ') } },
  );
}

async function writeOut(path: string, text: string): Promise<void> {
  try {
    await writeFileAtomic(path, text, { shared: true });
  } catch (cause) {
    throw new FailureError('preview.errors.write', { path }, { cause });
  }
}

const handler: Handler<[script: string], PreviewOptions> = async ({ args, opts }) => {
  const format = formatOf(opts.format);
  const values = parseVars(opts.var);
  const out = opts.out === '' ? undefined : opts.out;
  const { color } = opts;
  const { script } = await loadNamedScript(args[0], opts.scripts, color).catch((error) => {
    // Its diagnostics are printed; the last line says what a preview cannot do, not a call.
    if (!(error instanceof InvalidScriptError)) throw error;
    const { path } = error;
    const count = Math.max(1, error.diagnostics.length);
    throw new FailureError(
      'preview.errors.invalidScript',
      { path, count },
      { hint: 'run.errors.invalidScriptHint', hintParams: { path } },
    );
  });

  const locale = currentLocale();
  const t = translatorFor(locale);
  const words = wordsFor(locale, t);
  const outline = buildOutline(script, {
    locale,
    values,
    builtinLabel: (name) => t(`preview.builtin.${name}`, { defaultValue: name }),
  });
  let text: string;
  if (format === 'md') text = renderMarkdown(outline, words);
  else if (format === 'html') text = renderHtml(outline, words);
  else {
    const tty = out === undefined && process.stdout.isTTY;
    const columns = tty ? process.stdout.columns || 80 : 80;
    text = renderText(outline, words, { columns, chalk: stdoutChalk(out === undefined && color) });
  }

  if (out === undefined) await createSink(process.stdout).write(text);
  else await writeOut(out, text);
};
export default handler;
