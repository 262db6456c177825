/**
 * How help reads: section titles and descriptions translated only when help is
 * shown (descriptions are i18n keys, so a command that runs never pays for
 * translating them), and descriptions under their terms in narrow windows.
 */
import { Help, type HelpConfiguration } from 'commander';
import { t } from '../i18n/index.js';

const HELP_TITLES: Readonly<Record<string, string>> = {
  'Usage:': 'cli.help.usage',
  'Options:': 'cli.help.options',
  'Commands:': 'cli.help.commands',
  'Arguments:': 'cli.help.arguments',
  'Global Options:': 'cli.help.globalOptions',
};

function styleTitle(title: string): string {
  const key = HELP_TITLES[title];
  return key ? t(key) : title;
}

/** Below this many columns for descriptions, they go on their own lines under the term. */
const NARROW_DESCRIPTION = 30;

/** Commander gives up wrapping in narrow windows; put each description under its term instead. */
function formatItem(term: string, termWidth: number, description: string, helper: Help): string {
  const width = helper.helpWidth ?? 80;
  if (!description || width - termWidth - 4 >= NARROW_DESCRIPTION) {
    return Help.prototype.formatItem.call(helper, term, termWidth, description, helper);
  }
  const indent = '    ';
  const body = helper.boxWrap(description, Math.max(10, width - indent.length));
  return `  ${term}\n${body.replace(/^/gm, indent)}`;
}

export const HELP: HelpConfiguration = {
  styleTitle,
  formatItem,
  minWidthToWrap: 10,
  commandDescription: (cmd) => t(cmd.description()),
  subcommandDescription: (cmd) => t(cmd.description()),
  optionDescription: (option) => t(option.description),
};
