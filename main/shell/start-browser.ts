// `npm run start:browser [-- --db FILE] [--port N]`: builds the renderer and serves the till on
// 127.0.0.1, creating the database in the per-user data folder on first run.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startBrowserMode } from './browser-mode';
import { userDataDir } from './paths';

const { values } = parseArgs({ options: { db: { type: 'string' }, port: { type: 'string' } }, strict: true });
const dbPath = values.db ?? join(userDataDir(), 'till.db');
await startBrowserMode({ dbPath, port: values.port ? Number(values.port) : 0, rebuild: true });
