import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { createApp } from '../../main/app';
import { type Benchmark, benchDir, largeDemoDb, percentile, round } from './harness';

// startup.ready: open + migrate + services on the large demo database, until the till can answer.
export const benchmarks: Benchmark[] = [
  {
    name: 'startup.ready',
    async run() {
      const copy = join(benchDir, 'startup.db');
      copyFileSync(largeDemoDb(), copy);
      // The first open migrates (and backs up first); the figure is the till's everyday start.
      await (await createApp({ dbPath: copy })).close();
      const samples: number[] = [];
      for (let i = 0; i < 15; i++) {
        const start = performance.now();
        const app = await createApp({ dbPath: copy });
        const status = await app.dispatcher.call({ channel: 'setup:get-status', input: {} });
        samples.push(performance.now() - start);
        if (!status.ok) throw new Error('the till did not answer');
        await app.close();
      }
      samples.sort((a, b) => a - b);
      return {
        name: 'startup.ready',
        unit: 'ms',
        p50: round(percentile(samples, 50)),
        p95: round(percentile(samples, 95)),
        value: round(percentile(samples, 50)),
      };
    },
  },
];
