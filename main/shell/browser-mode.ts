// Browser mode's shell: build the renderer when needed, open the database, start the bridge and
// print the one line a user (or a test) needs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type App, createApp } from '../app';
import { type Bridge, startBridge } from '../bridge/server';
import { rendererDist, repoRoot } from './paths';

export interface BrowserModeOptions {
  dbPath: string;
  host?: string;
  port?: number;
  mustExist?: boolean;
  rebuild?: boolean;
}

export function buildRenderer(): void {
  const result = spawnSync(
    process.execPath,
    [join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: repoRoot,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  if (result.status !== 0) throw new Error('the renderer could not be built (vite build failed)');
}

export async function startBrowserMode(options: BrowserModeOptions): Promise<{ app: App; bridge: Bridge }> {
  if (options.rebuild || !existsSync(join(rendererDist, 'index.html'))) buildRenderer();
  mkdirSync(dirname(options.dbPath), { recursive: true });
  const app = await createApp({
    dbPath: options.dbPath,
    mustExist: options.mustExist ?? false,
    // A browser has no USB or serial access: browser mode always drives the fake devices.
    simulatedHardware: true,
  });
  const bridge = await startBridge({
    app,
    host: options.host ?? '127.0.0.1',
    port: options.port ?? 0,
    staticDir: rendererDist,
  });
  console.log(`Till ready at ${bridge.url}`);
  const stop = async () => {
    await bridge.close();
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return { app, bridge };
}
