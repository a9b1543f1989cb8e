// Runs the till's CLI as a user would (`npm run --silent till -- …`), from its bundle (node-bundle.ts).
import { type SpawnSyncOptions, spawnSync } from 'node:child_process';
import { nodeBundle } from './node-bundle';

export interface CliRun {
  code: number | null;
  out: string;
  err: string;
}

export function runTill(args: readonly string[], options: Pick<SpawnSyncOptions, 'env' | 'input'> = {}): CliRun {
  const result = spawnSync(process.execPath, [nodeBundle('main/cli/index.ts'), ...args], {
    ...options,
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}
