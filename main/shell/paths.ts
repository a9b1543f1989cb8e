import { homedir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../package-root';

export const APP_DIR_NAME = 'social-grocery-till';

/** The platform's usual per-user application-data folder — the same one Electron's userData uses. */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  switch (platform) {
    case 'win32':
      return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_DIR_NAME);
    case 'darwin':
      return join(homedir(), 'Library', 'Application Support', APP_DIR_NAME);
    default:
      return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_DIR_NAME);
  }
}

export const repoRoot = packageRoot;
export const rendererDist = join(repoRoot, 'dist', 'renderer');
