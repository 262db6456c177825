/**
 * What the file says, once its shape has been checked: every field typed, or left
 * out when it was missing or wrong (the problem is already reported). Lists keep
 * one entry per item, so index i is still `steps.i` in the file.
 */
import type { LocalizedList, LocalizedText, Stage } from '../types.js';

export interface RawOption {
  id?: string;
  label?: LocalizedText;
  next?: string;
}

export interface RawStep {
  id?: string;
  stage?: Stage;
  title?: LocalizedText;
  required?: boolean;
  targetMs?: number;
  say?: LocalizedText;
  ask?: LocalizedText;
  tips?: LocalizedList;
  checklist?: LocalizedList;
  options?: RawOption[];
  capture?: string;
  next?: string;
  end?: boolean;
}

export interface RawVariable {
  name: string;
  label?: LocalizedText;
  default?: string;
  given?: boolean;
  pii?: boolean;
}

export interface RawScript {
  coach?: number;
  id?: string;
  version?: string;
  title?: LocalizedText;
  source?: string;
  locales?: string[];
  variables?: RawVariable[];
  steps?: RawStep[];
}
