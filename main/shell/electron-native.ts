// better-sqlite3 for Electron's ABI, built into .electron-native/ so node_modules keeps the
// Node build that `npm test` uses. Needs the Electron headers (internet) the first time only.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths';

export function electronVersion(): string {
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'node_modules', 'electron', 'package.json'), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

export function electronSqlitePath(version = electronVersion()): string {
  return join(repoRoot, '.electron-native', version, 'better_sqlite3.node');
}

/** Returns the path of the Electron build, building it when missing; throws with a reason. */
export function ensureElectronSqlite(): string {
  const version = electronVersion();
  const target = electronSqlitePath(version);
  if (existsSync(target)) return target;
  const work = join(repoRoot, '.electron-native', version, 'better-sqlite3');
  mkdirSync(work, { recursive: true });
  cpSync(join(repoRoot, 'node_modules', 'better-sqlite3'), work, { recursive: true });
  const gyp = join(repoRoot, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  const result = spawnSync(
    process.execPath,
    [
      existsSync(gyp) ? gyp : 'node-gyp',
      'rebuild',
      '--release',
      `--target=${version}`,
      '--runtime=electron',
      '--dist-url=https://electronjs.org/headers',
    ],
    { cwd: work, stdio: 'inherit' },
  );
  if (result.status !== 0)
    throw new Error('could not build better-sqlite3 for Electron (the Electron headers need internet the first time)');
  cpSync(join(work, 'build', 'Release', 'better_sqlite3.node'), target);
  return target;
}
