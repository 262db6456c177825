/**
 * The words of format version 1: the keys each mapping allows, the patterns of
 * ids, names and locale codes, and the kinds of value a diagnostic can ask for.
 *
 *   coach: 1                      required, the number 1
 *   id: retail-returns            required, ID_PATTERN (../types.ts)
 *   version: "2026.11"            optional string
 *   title: { en: … }              required locale map
 *   source: en                    locale code, default en
 *   locales: [en, pt]             locale codes promised, default [source]
 *   variables:                    name (VARIABLE_PATTERN) → { label?, default?, given?, pii? }
 *   steps:                        required, non-empty list of steps:
 *     - id, stage                 required; stage is one of STAGES
 *       title, say, ask           locale maps of strings
 *       tips, checklist           locale maps of string lists
 *       required, end             booleans, default false
 *       target                    `15s`, `1m`, `1m30s` or a number of seconds
 *       options                   list of { id, label, next? }
 *       capture                   a declared variable's name
 *       next                      a step id
 */

export const VARIABLE_PATTERN = /^[a-z][a-zA-Z0-9_]*$/;
/** A language and one region or variant of at most eight letters or digits, as BCP 47 allows. */
export const LOCALE_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{1,8})?$/;

export const SCRIPT_KEYS = [
  'coach',
  'id',
  'version',
  'title',
  'source',
  'locales',
  'variables',
  'steps',
] as const;
export const STEP_KEYS = [
  'id',
  'stage',
  'title',
  'required',
  'target',
  'say',
  'ask',
  'tips',
  'checklist',
  'options',
  'capture',
  'next',
  'end',
] as const;
export const OPTION_KEYS = ['id', 'label', 'next'] as const;
export const VARIABLE_KEYS = ['label', 'default', 'given', 'pii'] as const;

/** Where an unknown or missing key is: `diag.where.<value>` in locales/*.json. */
export type Where = 'script' | 'step' | 'option' | 'variable';

/**
 * What a value should have been: `diag.expected.<value>` in locales/*.json. Each
 * comes with an example in YAML, which is the same in every language.
 */
export const EXAMPLES = {
  string: '"Hello"',
  number: '1',
  boolean: 'true',
  mapping: 'key: value',
  list: '[ … ]',
  step: '{ id: greet, stage: greeting }',
  option: '{ id: buy, label: { en: "Buy" } }',
  variable: '{ label: { en: "Customer name" }, pii: true }',
  variables: '{ customer: { pii: true } }',
  localeMap: '{ en: "Hello" }',
  localeListMap: '{ en: [ "Smile" ] }',
  localeList: '[ en, pt ]',
  nonEmptyList: '[ { id: greet, stage: greeting } ]',
  duration: '1m30s',
  id: 'retail-returns',
  variableName: 'customer',
  localeCode: 'pt-BR',
  stage: 'greeting',
} as const;
export type Expected = keyof typeof EXAMPLES;
