// Practice mode: a separate demo database, never the shop's own, so new volunteers can train on real
// screens. Every screen shows a red PRACTICE banner and every receipt says it is not a sale.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createApp } from '../app';
import { buildDemo } from '../services/demo/build';
import { readSettings, writeSetting } from '../services/settings';
import { startBrowserMode } from './browser-mode';
import { userDataDir } from './paths';

/** The practice database sits beside the real one under another name, so it can never be mistaken for it. */
export const practiceDbPath = (dir = userDataDir()) => join(dir, 'practice.db');

/** Creates the practice database on first use (small demo data dated today) and marks it practice. */
export async function preparePracticeDb(path: string, now = new Date()): Promise<string | null> {
  const fresh = !existsSync(path);
  // On a new machine the per-user data folder may not exist yet.
  mkdirSync(dirname(path), { recursive: true });
  const app = await createApp({ dbPath: path });
  try {
    // A database that is not already the practice one holds a shop's real work: never mark it.
    if (!fresh && !(await readSettings(app.db)).practiceMode) {
      throw new Error(`${path} is not a practice database; practice mode never opens the shop's own data`);
    }
    let pins: string | null = null;
    if (fresh) {
      const summary = await buildDemo(app, { size: 'small', seed: 1, now: now.toISOString().slice(0, 10) });
      pins = summary.text;
    }
    await writeSetting(app.db, 'practiceMode', true);
    // Trainees scan any demo card at any hour (also in a practice file made before this rule):
    // the shop's appointment policy is not what they are learning.
    await writeSetting(app.db, 'walkInPolicy', 'allowed');
    return pins;
  } finally {
    await app.close();
  }
}

/** `realDbPath`: the shop's database given on the command line; practice uses the file beside it. */
export async function startPractice(options: { realDbPath?: string; port?: number } = {}): Promise<void> {
  const dbPath = practiceDbPath(options.realDbPath ? dirname(options.realDbPath) : undefined);
  const pins = await preparePracticeDb(dbPath);
  console.log(`PRACTICE MODE on ${dbPath}: nothing here is a real sale.`);
  if (pins) console.log(pins);
  await startBrowserMode({ dbPath, port: options.port ?? 0, rebuild: true });
}
