/** Stage 4: the rules, each a small function of the model returning its problems. */

import { refusedCharacters } from './characters.js';
import type { Rule } from './context.js';
import { loopsWithoutExit, missingSteps, unreachableSteps } from './flow.js';
import { duplicateOptionIds, duplicateStepIds } from './ids.js';
import { tooLong, tooManySteps } from './limits.js';
import { tooLongToRead } from './reading.js';
import { missingStages, stageOrder } from './stages.js';
import { emptyTexts, missingTranslations, todos } from './texts.js';
import { translationLength } from './translation-length.js';
import { sameAsSource, translationPunctuation, translationVariables } from './translations.js';
import { variablesWithoutValue } from './values.js';
import { undeclaredCaptures, unknownVariables, variablesBeforeCapture } from './variables.js';

export const RULES: readonly Rule[] = [
  duplicateStepIds,
  duplicateOptionIds,
  missingSteps,
  unreachableSteps,
  loopsWithoutExit,
  missingStages,
  stageOrder,
  tooManySteps,
  tooLong,
  refusedCharacters,
  undeclaredCaptures,
  unknownVariables,
  variablesWithoutValue,
  variablesBeforeCapture,
  missingTranslations,
  todos,
  emptyTexts,
  tooLongToRead,
  sameAsSource,
  translationVariables,
  translationPunctuation,
  translationLength,
];

export { createContext, type Rule } from './context.js';
