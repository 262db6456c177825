/**
 * The script a command names (`coach run [script]`, `coach preview <script>`),
 * found and loaded. When it has errors, they are printed to stderr as `coach
 * validate` prints them, and the error goes on to main, which says what to do.
 */
import { textPrinter } from '../diagnostics/printer.js';
import { stdoutChalk } from '../io/colour.js';
import { createSink } from '../io/sink.js';
import {
  InvalidScriptError,
  type LoadedScript,
  loadScript,
  locateScript,
} from '../script-files/load-script.js';

export async function loadNamedScript(
  name: string | undefined,
  scriptsDir: string | undefined,
  color: boolean,
): Promise<LoadedScript> {
  const { path, builtin } = locateScript(name, scriptsDir, process.env);
  try {
    return await loadScript(path, builtin);
  } catch (error) {
    if (error instanceof InvalidScriptError) {
      const printer = textPrinter(createSink(process.stderr), stdoutChalk(color));
      await printer.file(error.path, error);
    }
    throw error;
  }
}
