/**
 * How what a session log records reads in a reader's language. The log keeps
 * stable ids — a stage id, a preset skip reason's id from SKIP_REASONS — so that
 * any reader can show them in its own language; every reader that shows one to a
 * person (the replay timeline, the report's table and page) shows it through
 * here. Programs get the ids (JSON).
 */
import { STAGES } from '../script/types.js';
import { sanitizeLine } from '../text/sanitize.js';
import { SKIP_REASONS } from './keymap.js';
import type { Translate } from './translate.js';

const PRESET_REASONS: ReadonlySet<string> = new Set(SKIP_REASONS);
const STAGE_IDS: ReadonlySet<string> = new Set(STAGES);

/**
 * A skip reason: a preset's label, "no reason given" for the empty one, and
 * anything the agent typed as typed, on one clean line.
 */
export function skipReasonLabel(reason: string, t: Translate): string {
  if (PRESET_REASONS.has(reason)) return t(`screen.skipReasons.${reason}`);
  const typed = sanitizeLine(reason).trim();
  return typed === '' ? t('screen.noSkipReason') : typed;
}

/** A stage: the name of one of the five of the cycle, any other id as logged (cleaned). */
export function stageName(stage: string, t: Translate): string {
  return STAGE_IDS.has(stage) ? t(`screen.stages.${stage}`) : sanitizeLine(stage);
}
