/**
 * Colours and symbols of the screen. Every state also has a symbol so that the
 * screen reads the same without colour (NO_COLOR, a monochrome terminal).
 */
import chalk from 'chalk';
import type { StageState } from './view.js';

export type Paint = (text: string) => string;

export const STAGE_SYMBOL: Readonly<Record<StageState, string>> = {
  done: '✓',
  current: '▶',
  skipped: '↷',
  partial: '◐',
  pending: '·',
};

export const stagePaint: Readonly<Record<StageState, Paint>> = {
  done: (text) => chalk.green(text),
  current: (text) => chalk.bold.cyan(text),
  skipped: (text) => chalk.yellow(text),
  partial: (text) => chalk.yellow(text),
  pending: (text) => chalk.dim(text),
};

export const MESSAGE_SYMBOL = { info: 'i', warning: '!', error: '✗' } as const;

export const paint = {
  title: (text: string) => chalk.bold(text),
  meta: (text: string) => chalk.dim(text),
  rule: (text: string) => chalk.dim(text),
  label: (text: string) => chalk.cyan(text),
  say: (text: string) => chalk.bold(text),
  plain: (text: string) => text,
  dim: (text: string) => chalk.dim(text),
  key: (text: string) => chalk.bold(text),
  ticked: (text: string) => chalk.green(text),
  chosen: (text: string) => chalk.bold.green(text),
  placeholder: (text: string) => chalk.inverse(text),
  info: (text: string) => chalk.cyan(text),
  warning: (text: string) => chalk.yellow(text),
  error: (text: string) => chalk.red(text),
  normal: (text: string) => text,
  alert: (text: string) => chalk.bold.red(text),
} satisfies Record<string, Paint>;

/** Placeholders of unfilled variables (`‹customer›`) stand out inside any line. */
export function highlightPlaceholders(line: string): string {
  return line.includes('‹') ? line.replace(/‹[^›]*›/g, (match) => paint.placeholder(match)) : line;
}
