/** The team database's commands: `coach sync` and `coach db`. */
import type { Command } from 'commander';
import { lazy, quiet } from './wiring.js';

export function addTeamCommands(
  sub: (name: string) => Command,
  wanted: (name: string) => boolean,
): void {
  if (wanted('sync')) {
    sub('sync [paths...]')
      .description('cli.commands.sync')
      .option('--db <url>', 'cli.options.db')
      .option('--follow', 'cli.options.follow')
      .option('--log-dir <dir>', 'cli.options.readLogDir')
      .action(lazy(() => import('../commands/sync.js')));
  }
  if (wanted('db')) {
    const db = sub('db').description('cli.commands.db');
    quiet(db.command('migrate'))
      .description('cli.commands.dbMigrate')
      .option('--db <url>', 'cli.options.db')
      .action(lazy(() => import('../commands/db-migrate.js')));
    quiet(db.command('roles'))
      .description('cli.commands.dbRoles')
      .option('--print', 'cli.options.dbRolesPrint')
      .action(lazy(() => import('../commands/db-roles.js')));
  }
}
