// Bundles the Electron main process and preload with esbuild (CommonJS: a sandboxed preload must be).

import { join } from 'node:path';
import { build } from 'esbuild';
import { repoRoot } from './paths';

/** Packages left out of a bundle: native addons, and libraries that read their own files at run time. */
export const unbundledPackages = [
  'better-sqlite3',
  'node-hid',
  'serialport',
  '@node-rs/argon2',
  'pdfkit',
  'exceljs',
  'bwip-js',
];

/** Returns esbuild's warnings: each one is a defect of the shipped app (none is expected). */
export async function bundleElectron(out = join(repoRoot, 'dist', 'electron')): Promise<string[]> {
  const main = await build({
    entryPoints: { main: join(repoRoot, 'main', 'index.ts') },
    outdir: out,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['electron', ...unbundledPackages],
    // CommonJS has no import.meta: give it the bundle's own URL, which package-root.ts walks up from.
    banner: { js: 'const importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
    define: { 'import.meta.url': 'importMetaUrl' },
    logLevel: 'warning',
  });
  const preload = await build({
    entryPoints: { preload: join(repoRoot, 'main', 'preload', 'index.ts') },
    outdir: out,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'chrome140',
    external: ['electron'],
    logLevel: 'warning',
  });
  return [...main.warnings, ...preload.warnings].map((w) => `${w.location?.file ?? ''}: ${w.text}`);
}
