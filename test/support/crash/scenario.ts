// The shop the crash harness sells in: one cashier, a few households, products whose stock is the
// sum of their movements from the start (so the stock ledger check is exact).

import { fixedClock } from '../../../main/api/clock';
import { createApp } from '../../../main/app';
import { hashPin, testOnlyPinHashCost } from '../../../main/services/pin-hash';
import { insertUser } from '../../../main/services/users-repo';

export const CRASH_PERIOD = '2026-11-23';

/** Creates (migrates) a database at `path` with the harness's shop in it. */
export async function buildCrashShop(path: string): Promise<void> {
  const clock = fixedClock('2026-11-24T09:00:00Z');
  const app = await createApp({ dbPath: path, clock, pinHashCost: testOnlyPinHashCost });
  try {
    const at = clock.now().toISOString();
    await insertUser(app.db, {
      name: 'Crash cashier',
      roles: ['cashier'],
      pinHash: await hashPin('1234', testOnlyPinHashCost),
      language: 'nl',
      createdAt: clock.now(),
    });
    const raw = app.connection.raw;
    raw.transaction(() => {
      const household = raw.prepare('INSERT INTO households (postal_code, municipality, created_at) VALUES (?, ?, ?)');
      for (let i = 0; i < 5; i++) household.run('9000', 'Gent', at);
      const product = raw.prepare(
        `INSERT INTO products (barcode, name_nl, name_fr, social_price_cents, reference_price_cents, vat_rate, in_budget,
           stock_quantity, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 6, ?, ?, ?, ?)`,
      );
      const movement = raw.prepare(
        "INSERT INTO stock_movements (product_id, at, kind, quantity, source) VALUES (?, ?, 'received', ?, 'donation')",
      );
      for (let i = 1; i <= 20; i++) {
        const id = Number(
          product.run(
            `crash-${i}`,
            `Product ${i}`,
            `Produit ${i}`,
            50 + i * 10,
            100 + i * 25,
            i % 5 === 0 ? 0 : 1,
            1_000_000,
            at,
            at,
          ).lastInsertRowid,
        );
        movement.run(id, at, 1_000_000);
      }
    })();
  } finally {
    await app.close();
  }
}
