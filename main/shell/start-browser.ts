// `npm run start:browser [-- --db FILE] [--port N] [--practice]`: builds the renderer and serves the
// till on 127.0.0.1, creating the database in the per-user data folder on first run. `--practice`
// serves the separate practice database instead (demo data, marked practice everywhere).
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startBrowserMode } from './browser-mode';
import { userDataDir } from './paths';
import { startPractice } from './practice';

const { values } = parseArgs({
  options: { db: { type: 'string' }, port: { type: 'string' }, practice: { type: 'boolean' } },
  strict: true,
});
const port = values.port ? Number(values.port) : 0;
if (values.practice) {
  await startPractice({ ...(values.db ? { realDbPath: values.db } : {}), port });
} else {
  const dbPath = values.db ?? join(userDataDir(), 'till.db');
  await startBrowserMode({ dbPath, port, rebuild: true });
}
