/**
 * The small pickers and text fields that open under the step: skip reasons, the
 * required-step confirmation, the outcome list, ending the call without an outcome
 * (Ctrl-D), and typing a note, a reason or a captured value.
 */
import type { Locale } from '../i18n/locale.js';
import type { Script, Step } from '../script/types.js';
import { OUTCOMES } from '../session/types.js';
import { sanitizeLine } from '../text/sanitize.js';
import { wrapText } from '../text/wrap.js';
import { type Mode, SKIP_REASONS, YES } from './keymap.js';
import { paragraph } from './layout.js';
import { paint } from './theme.js';
import { screenTranslator } from './translate.js';

/** The keys that confirm in `locale`: `y` everywhere, and the language's own word's key. */
export function yesKeys(locale: Locale): string[] {
  const own = screenTranslator(locale)('run.panel.yesKey').toLowerCase();
  return own === YES ? [YES] : [YES, own];
}

/** A panel's lines: what it asks and offers, then how to leave it (dropped first when short of rows). */
export interface PanelLines {
  readonly body: string[];
  readonly hint: string[];
}

function numbered(items: readonly string[], columns: number): string[] {
  return items.flatMap((item, i) => wrapText(`${i + 1}  ${item}`, columns));
}

function variableLabel(script: Script, step: Step | undefined, locale: Locale): string {
  const name = step?.capture ?? '';
  const variable = script.variables.find((v) => v.name === name);
  const label = variable?.label?.[locale] ?? variable?.label?.[script.source];
  return sanitizeLine(label ?? name);
}

/** The panel for `mode`: empty in the main and help modes. */
export function renderPanel(
  mode: Mode,
  context: { script: Script; step: Step | undefined; locale: Locale; columns: number },
): PanelLines {
  const { columns, locale } = context;
  const t = screenTranslator(locale);
  const title = (key: string, params?: Record<string, unknown>) =>
    paragraph(t(key, params), columns, paint.title);
  const hint = (key: string) =>
    paragraph(t(key, { yes: t('run.panel.yesKey') }), columns, paint.dim);
  switch (mode.kind) {
    case 'main':
    case 'help':
      return { body: [], hint: [] };
    // Which key says yes is part of the question: it is never dropped.
    case 'skip-confirm':
      return { body: [...title('run.panel.skipConfirm'), ...hint('run.panel.yesNo')], hint: [] };
    case 'quit-confirm':
      return {
        body: [...title('run.panel.quitConfirm'), ...hint('run.panel.quitYesNo')],
        hint: [],
      };
    case 'skip-reason': {
      const reasons = [...SKIP_REASONS, 'other'].map((id) => t(`screen.skipReasons.${id}`));
      const body = [...title('run.panel.skipReason'), ...numbered(reasons, columns)];
      return { body, hint: hint('run.panel.escape') };
    }
    case 'end': {
      const outcomes = OUTCOMES.map((id) => t(`screen.outcomes.${id}`));
      const body = [...title('run.panel.outcome'), ...numbered(outcomes, columns)];
      return { body, hint: hint('run.panel.escape') };
    }
    case 'text': {
      const params = { variable: variableLabel(context.script, context.step, locale) };
      return {
        body: title(`run.panel.type.${mode.purpose}`, params),
        hint: hint('run.panel.escape'),
      };
    }
  }
}
