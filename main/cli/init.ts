import { existsSync } from 'node:fs';
import { fixedClock } from '../api/clock';
import { createApp } from '../app';
import { buildDemo, DEFAULT_DEMO_NOW, type DemoSize } from '../services/demo/build';
import { CliError, EXIT_OK, parseFlags, requireFlag } from './command';

export async function runInit(argv: string[]): Promise<number> {
  const flags = parseFlags(argv, {
    db: { type: 'string' },
    demo: { type: 'string' },
    seed: { type: 'string' },
    now: { type: 'string' },
  });
  const path = requireFlag(flags.db, 'db');
  const demo = flags.demo;
  if (demo !== undefined && demo !== 'small' && demo !== 'large')
    throw new CliError(`--demo must be small or large, not ${demo}`);
  const seed = flags.seed === undefined ? 1 : Number(flags.seed);
  if (!Number.isSafeInteger(seed) || seed < 0) throw new CliError(`bad --seed ${flags.seed}`);
  const nowDate = flags.now ?? DEFAULT_DEMO_NOW;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(nowDate) || Number.isNaN(Date.parse(nowDate)))
    throw new CliError(`bad --now ${flags.now}`);
  if (demo && existsSync(path)) throw new CliError(`${path} already exists; demo data goes into a new file`);
  const app = await createApp({ dbPath: path, clock: fixedClock(`${nowDate}T12:00:00Z`) });
  try {
    if (demo) {
      const summary = await buildDemo(app, {
        size: demo as DemoSize,
        seed,
        now: nowDate,
        log: (line) => console.error(line),
      });
      console.log(summary.text);
    } else {
      console.log(`database ready: ${path}`);
    }
    return EXIT_OK;
  } finally {
    await app.close();
  }
}
