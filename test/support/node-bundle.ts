// Bundles a TypeScript entry into one ES module that plain `node` starts in a fraction of tsx's
// time (tsx resolves every one of the till's and Kysely's modules through its loader thread). Tests
// that start a process many times — the CLI, the crash worker — start the bundle instead.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { packageRoot } from '../../main/package-root';
import { unbundledPackages } from '../../main/shell/electron-bundle';

const built = new Map<string, string>();

/** Builds once per test process; `entry` is relative to the repository root. */
export function nodeBundle(entry: string): string {
  const existing = built.get(entry);
  if (existing) return existing;
  const dir = join(packageRoot, 'node_modules', '.cache', 'till-test-bundles');
  mkdirSync(dir, { recursive: true });
  const outdir = join(dir, `${entry.replace(/[^a-z0-9]+/gi, '-')}-${process.pid}`);
  rmSync(outdir, { recursive: true, force: true });
  buildSync({
    entryPoints: { main: join(packageRoot, entry) },
    outdir,
    outExtension: { '.js': '.mjs' },
    // Chunks keep the CLI's lazily loaded commands lazy (and their libraries unloaded until used).
    splitting: true,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: [...unbundledPackages],
    // Bundled CommonJS packages (ws) require Node's built-ins, which an ES module must be given.
    banner: {
      js: "import { createRequire as bundleRequire } from 'node:module'; const require = bundleRequire(import.meta.url);",
    },
    logLevel: 'error',
  });
  const main = join(outdir, 'main.mjs');
  built.set(entry, main);
  return main;
}
