// Starts the real app and browser bridge in-process on a temporary database, for e2e tests.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Clock, fixedClock } from '../../main/api/clock';
import { type App, createApp } from '../../main/app';
import { type Bridge, startBridge } from '../../main/bridge/server';
import { testOnlyPinHashCost } from '../../main/services/pin-hash';
import { buildRenderer } from '../../main/shell/browser-mode';
import { rendererDist } from '../../main/shell/paths';

let built = false;

/** Builds the renderer once per test process (CI builds it before the suites too). */
export function ensureRenderer(): void {
  if (built || (process.env.TILL_RENDERER_BUILT === '1' && existsSync(join(rendererDist, 'index.html')))) return;
  buildRenderer();
  built = true;
}

export interface TestServer {
  app: App;
  bridge: Bridge;
  dbPath: string;
  close(): Promise<void>;
}

export async function startTestServer(options: { dbPath?: string; clock?: Clock } = {}): Promise<TestServer> {
  ensureRenderer();
  const dbPath = options.dbPath ?? join(mkdtempSync(join(tmpdir(), 'till-e2e-')), 'till.db');
  const app = await createApp({
    dbPath,
    clock: options.clock ?? fixedClock('2026-11-24T09:30:00Z'),
    pinHashCost: testOnlyPinHashCost,
    simulatedHardware: true,
  });
  const bridge = await startBridge({ app, staticDir: rendererDist });
  return {
    app,
    bridge,
    dbPath,
    close: async () => {
      await bridge.close();
      await app.close();
    },
  };
}
