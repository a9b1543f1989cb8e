// `npm start`: the Electron till where Electron can be had; otherwise one line saying so, then
// browser mode, so the README's start command works on every machine.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { buildRenderer, startBrowserMode } from './browser-mode';
import { bundleElectron } from './electron-bundle';
import { ensureElectronSqlite } from './electron-native';
import { repoRoot, userDataDir } from './paths';
import { startPractice } from './practice';

/** Resolving the `electron` package fetches its binary on first use; a machine without internet fails fast. */
function electronBinary(): string | undefined {
  // The package is resolved in a child process: importing it here would start the download in ours.
  const probe = spawnSync(process.execPath, ['-e', 'process.stdout.write(require(process.argv[1]))', 'electron'], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 180_000,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return probe.status === 0 && probe.stdout ? probe.stdout : undefined;
}

async function startBrowserInstead(reason: string): Promise<void> {
  console.log(`${reason}; starting browser mode instead.`);
  await startBrowserMode({ dbPath: join(userDataDir(), 'till.db'), rebuild: true });
}

// Practice always runs in browser mode: the desktop shell opens only the shop's own database.
const binary = process.argv.includes('--practice') ? undefined : electronBinary();
if (process.argv.includes('--practice')) {
  await startPractice();
} else if (!binary) {
  await startBrowserInstead('Electron is not available on this machine (its binary could not be downloaded)');
} else {
  let nativeBinding: string | undefined;
  try {
    nativeBinding = ensureElectronSqlite();
  } catch (error) {
    await startBrowserInstead(error instanceof Error ? error.message : String(error));
  }
  if (nativeBinding) {
    buildRenderer();
    await bundleElectron();
    const child = spawn(binary, [join(repoRoot, 'dist', 'electron', 'main.cjs')], {
      cwd: repoRoot,
      stdio: 'inherit',
      env: { ...process.env, TILL_SQLITE_NATIVE: nativeBinding },
    });
    child.on('exit', (code) => process.exit(code ?? 0));
  }
}
