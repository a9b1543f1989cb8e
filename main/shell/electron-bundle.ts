// Bundles the Electron main process and preload with esbuild (CommonJS: a sandboxed preload must be).

import { join } from 'node:path';
import { build } from 'esbuild';
import { repoRoot } from './paths';

const external = [
  'electron',
  'better-sqlite3',
  'node-hid',
  'serialport',
  '@node-rs/argon2',
  'pdfkit',
  'exceljs',
  'bwip-js',
];

export async function bundleElectron(): Promise<void> {
  const out = join(repoRoot, 'dist', 'electron');
  await build({
    entryPoints: { main: join(repoRoot, 'main', 'index.ts') },
    outdir: out,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external,
    logLevel: 'warning',
  });
  await build({
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
}
