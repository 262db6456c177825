/**
 * How commander is wired to coach's commands: each handler loaded only when its
 * command runs, and commander kept quiet but for help and the version.
 */
import type { Command } from 'commander';
import type { GlobalOptions, Handler } from '../commands/command.js';
import { createSink } from '../io/sink.js';

/**
 * The one place where commander's untyped values become a command's typed
 * arguments and options. The handler's promise settles or rejects: errors go on
 * to main, which alone decides the exit status.
 */
export function lazy<Args extends readonly unknown[], Opts extends object>(
  load: () => Promise<{ readonly default: Handler<Args, Opts> }>,
) {
  return async (...params: unknown[]) => {
    const command = params.at(-1) as Command;
    const { default: handler } = await load();
    await handler({
      args: command.processedArgs as unknown as Args,
      opts: command.optsWithGlobals<Opts & GlobalOptions>(),
    });
  };
}

export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/**
 * Commander prints only help and the version, through the stdout sink (so main
 * knows when they could not be written), and exits nowhere: its errors are
 * thrown to main.
 */
export function quiet(command: Command): Command {
  return command
    .helpOption('-h, --help', 'cli.options.help')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => createSink(process.stdout).send(text),
      writeErr: () => {},
      outputError: () => {},
    });
}
