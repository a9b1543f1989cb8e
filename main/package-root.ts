// The folder holding the till's package.json, found from a module's own file. The same code runs
// from its sources (tsx, Vitest), from the Electron bundle in dist/electron and from a test bundle
// elsewhere, so a path like '../../db/data' relative to one file would be wrong in the others.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function packageRootFrom(moduleUrl: string): string {
  let dir = dirname(fileURLToPath(moduleUrl));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${fileURLToPath(moduleUrl)}`);
    dir = up;
  }
  return dir;
}

export const packageRoot = packageRootFrom(import.meta.url);
