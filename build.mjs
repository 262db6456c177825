// Bundles src/cli.ts into dist/: one entry, command handlers split into lazy chunks.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli.ts'],
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  banner: {
    // commander's CommonJS needs a require() inside the ESM bundle.
    js: 'import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);',
  },
});
