/**
 * The context a translator reads beside each text, worded in the language being
 * translated into when coach speaks it, else in the interface's language.
 */
import { isLocale, t } from '../i18n/index.js';
import { placeholders } from './rows.js';
import type { TextUnit } from './units.js';

export function noteWriter(locale: string): (unit: TextUnit) => string {
  const lng = isLocale(locale) ? { lng: locale } : {};
  return (unit) => {
    const where =
      unit.key === 'title'
        ? t('i18n.export.context.title', lng)
        : unit.stepId === undefined
          ? t('i18n.export.context.variable', lng)
          : t('i18n.export.context.step', {
              ...lng,
              stage: unit.stage ?? '',
              step: unit.stepId,
              field: unit.field,
            });
    if (unit.variables.length === 0) return where;
    return `${where} ${t('i18n.export.keepVariables', { ...lng, variables: placeholders(unit.variables) })}`;
  };
}
