import { copyFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { connect } from '../../db/connect';
import { migrateToLatest } from '../../db/migrate';
import { fixedClock } from '../../main/api/clock';
import { createApp } from '../../main/app';
import { listCatalogue } from '../../main/services/products/catalogue';
import { exportProducts } from '../../main/services/products/export';
import { importProducts } from '../../main/services/products/import';
import { searchProducts } from '../../main/services/products/lookup';
import { stockOverview } from '../../main/services/products/stock-overview';
import { type Benchmark, benchDir, largeDemoDb, round, timeIt } from './harness';

const clock = fixedClock('2026-11-24T10:00:00Z');

async function migratedCopy(name: string): Promise<string> {
  const copy = join(benchDir, name);
  for (const suffix of ['', '-wal', '-shm']) rmSync(copy + suffix, { force: true });
  copyFileSync(largeDemoDb(), copy);
  // A throwaway copy: migrate it directly (the till's pre-migration backup is for real files).
  const direct = connect(copy);
  await migrateToLatest(direct.db as Kysely<unknown>);
  await direct.close();
  return copy;
}

// products.search: what a cashier or coordinator types — a word prefix, two words, a name without
// its accents, in nl and fr — on the 20,000 products of the large demo.
// products.import: those 20,000 products exported to CSV and imported into an empty till.
// products.catalogue: the coordinator's list as each key is typed (search + full rows), p99 ms.
// products.stock-overview: low stock, stock value and best-before on the large demo, p95 ms (a screen load).
export const benchmarks: Benchmark[] = [
  {
    name: 'products.catalogue',
    async run() {
      const app = await createApp({ dbPath: await migratedCopy('products-catalogue.db'), clock, background: false });
      try {
        const queries = ['m', 'me', 'mel', 'melk', 'cr', 'creme', 'choco', 'pa', 'pate', 'ri'];
        const result = await timeIt(
          'products.catalogue',
          (i) => listCatalogue(app.db, queries[i % queries.length] ?? 'melk', 50),
          {
            iterations: 500,
            warmup: 20,
          },
        );
        return { ...result, value: result.p99, goal: 20, load: round(loadavg()[0] ?? 0) };
      } finally {
        await app.close();
      }
    },
  },
  {
    name: 'products.stock-overview',
    async run() {
      const app = await createApp({ dbPath: await migratedCopy('products-stock.db'), clock, background: false });
      try {
        const movements = await app.db
          .selectFrom('stock_movements')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow();
        const result = await timeIt(
          'products.stock-overview',
          () => stockOverview(app.db, { today: '2026-11-24', days: 7, lang: 'nl' }),
          {
            iterations: 40,
            warmup: 3,
          },
        );
        return {
          ...result,
          value: result.p95,
          movements: Number(movements.n),
          goal: 250,
          load: round(loadavg()[0] ?? 0),
        };
      } finally {
        await app.close();
      }
    },
  },
  {
    name: 'products.search',
    async run() {
      const app = await createApp({ dbPath: await migratedCopy('products.db'), clock, background: false });
      try {
        const names = await app.db.selectFrom('products').select(['name_nl', 'name_fr']).orderBy('id').execute();
        const queries = names
          .filter((_, i) => i % 97 === 0)
          .flatMap((p) => {
            const nl = p.name_nl.split(/\s+/).filter((w) => w.length > 2);
            const fr = p.name_fr.split(/\s+/).filter((w) => w.length > 2);
            return [
              nl[0]?.slice(0, 4) ?? 'melk',
              `${nl[0] ?? ''} ${nl[1] ?? ''}`,
              (fr[0] ?? 'lait').normalize('NFD').replace(/\p{M}/gu, ''),
            ];
          });
        const result = await timeIt(
          'products.search',
          (i) => searchProducts(app.db, queries[i % queries.length] ?? 'melk', i % 2 === 0 ? 'nl' : 'fr', 20),
          { iterations: 1000, warmup: 50 },
        );
        return { ...result, value: result.p99, products: names.length, goal: 5, load: round(loadavg()[0] ?? 0) };
      } finally {
        await app.close();
      }
    },
  },
  {
    name: 'products.import',
    async run() {
      const source = await createApp({ dbPath: await migratedCopy('products-source.db'), clock, background: false });
      const csv = await exportProducts(source.db);
      await source.close();
      const target = join(benchDir, 'products-import.db');
      for (const suffix of ['', '-wal', '-shm']) rmSync(target + suffix, { force: true });
      const app = await createApp({ dbPath: target, clock, background: false });
      try {
        const bytes = new Uint8Array(Buffer.from(csv, 'utf8'));
        const start = performance.now();
        const result = await importProducts(app.db, bytes, {
          dryRun: false,
          validOnly: false,
          now: clock.now(),
          userId: null,
        });
        const seconds = (performance.now() - start) / 1000;
        if (!result.written) throw new Error(`import failed: ${result.problems.length} problem(s)`);
        return {
          name: 'products.import',
          unit: 's',
          value: round(seconds),
          rows: result.rowCount,
          created: result.created,
          goal: 5,
        };
      } finally {
        await app.close();
      }
    },
  },
];
