/**
 * The small pickers and text fields that open under the step: skip reasons, the
 * required-step confirmation, the outcome list, and typing a note, a reason or a
 * captured value.
 */
import type { Locale } from '../i18n/locale.js';
import type { Script, Step } from '../script/types.js';
import { OUTCOMES } from '../session/types.js';
import { sanitizeLine } from '../text/sanitize.js';
import { wrapText } from '../text/wrap.js';
import { type Mode, SKIP_REASONS } from './keymap.js';
import { paragraph, rule } from './layout.js';
import { paint } from './theme.js';
import { screenTranslator } from './translate.js';

function numbered(items: readonly string[], columns: number): string[] {
  return items.flatMap((item, i) => wrapText(`${i + 1}  ${item}`, columns));
}

function variableLabel(script: Script, step: Step | undefined, locale: Locale): string {
  const name = step?.capture ?? '';
  const variable = script.variables.find((v) => v.name === name);
  const label = variable?.label?.[locale] ?? variable?.label?.[script.source];
  return sanitizeLine(label ?? name);
}

/** Lines of the panel for `mode`, or none in the main and help modes. */
export function renderPanel(
  mode: Mode,
  context: { script: Script; step: Step | undefined; locale: Locale; columns: number },
): string[] {
  const { columns, locale } = context;
  const t = screenTranslator(locale);
  const title = (key: string, params?: Record<string, unknown>) =>
    paragraph(t(key, params), columns, paint.title);
  const escapeHint = paragraph(t('run.panel.escape'), columns, paint.dim);
  let lines: string[];
  switch (mode.kind) {
    case 'main':
    case 'help':
      return [];
    case 'skip-confirm':
      lines = [
        ...title('run.panel.skipConfirm'),
        ...paragraph(t('run.panel.yesNo'), columns, paint.dim),
      ];
      break;
    case 'skip-reason':
      lines = [
        ...title('run.panel.skipReason'),
        ...numbered(
          [...SKIP_REASONS, 'other'].map((id) => t(`screen.skipReasons.${id}`)),
          columns,
        ),
        ...escapeHint,
      ];
      break;
    case 'end':
      lines = [
        ...title('run.panel.outcome'),
        ...numbered(
          OUTCOMES.map((id) => t(`screen.outcomes.${id}`)),
          columns,
        ),
        ...escapeHint,
      ];
      break;
    case 'text': {
      const params = { variable: variableLabel(context.script, context.step, locale) };
      lines = [...title(`run.panel.type.${mode.purpose}`, params), ...escapeHint];
      break;
    }
  }
  return [rule(columns, paint.rule), ...lines];
}
