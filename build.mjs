// Bundles src/cli/main.ts into dist/ (one entry, command handlers split into lazy chunks),
// then precompiles the shipped scripts so the default session starts without YAML.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/**
 * commander loads node:child_process at start-up for executable subcommands,
 * which coach does not use; loading it only if touched saves a module graph
 * (net, dgram, …) on every start.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) =>
      args.importer.includes('node_modules/commander/')
        ? { path: 'child_process', namespace: 'lazy' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents:
        "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};

const common = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  banner: {
    // commander's CommonJS needs a require() inside the ESM bundle.
    js: 'import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);',
  },
};

// Chunk names change with every build: stale ones must not pile up.
rmSync('dist', { recursive: true, force: true });

await build({
  ...common,
  entryPoints: { cli: 'src/cli/main.ts' },
  outdir: 'dist',
  splitting: true,
  sourcemap: 'linked',
  plugins: [lazyChildProcess],
});

const scratch = mkdtempSync(join(tmpdir(), 'coach-build-'));
try {
  const tool = join(scratch, 'compile-builtins.mjs');
  await build({ ...common, entryPoints: ['src/build/compile-builtins.ts'], outfile: tool });
  const { compileBuiltins } = await import(pathToFileURL(tool).href);
  compileBuiltins('scripts', join('dist', 'builtin-scripts.json'));
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
