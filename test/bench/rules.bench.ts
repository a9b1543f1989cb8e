import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { connect } from '../../db/connect';
import { migrateToLatest } from '../../db/migrate';
import { localDate } from '../../main/domain/calendar';
import type { CartLine, ItemLine } from '../../main/domain/eligibility-decision';
import { decideLine, loadRuleState } from '../../main/services/rules/eligibility';
import { simulateProposal } from '../../main/services/rules/simulator';
import { type Benchmark, benchDir, largeDemoDb, timeIt } from './harness';

const TZ = 'Europe/Brussels';

// rules.decision: one scanned item for a household at the till — the rule state (status, members,
// rule sets, override, limits, the period's sales, returns and ledger) loaded for the client, then
// the budget + limits decision. Busiest households of the large demo first, at a week's end.
export const benchmarks: Benchmark[] = [
  {
    name: 'rules.decision',
    async run() {
      const copy = join(benchDir, 'rules.db');
      copyFileSync(largeDemoDb(), copy);
      const migration = connect(copy);
      await migrateToLatest(migration.db.withoutPlugins() as never);
      await migration.close();
      const connection = connect(copy);
      const { db } = connection;
      try {
        const category = await db.selectFrom('products').select(['id', 'category_id']).limit(1).executeTakeFirst();
        await db
          .insertInto('item_limits')
          .values([
            {
              product_id: category?.id ?? 1,
              category_id: null,
              per_visit: 2,
              per_period: 4,
              period: 'week',
              scaling: 'per-person',
            },
            {
              product_id: null,
              category_id: category?.category_id ?? 1,
              per_visit: 10,
              per_period: 30,
              period: 'month',
              scaling: 'household',
            },
          ])
          .execute();
        const last = await db.selectFrom('sales').select('at').orderBy('at', 'desc').limit(1).executeTakeFirst();
        const now = new Date(last?.at ?? '2026-11-24T10:00:00Z');
        const busiest = await db
          .selectFrom('sales')
          .select(['household_id', (eb) => eb.fn.countAll<number>().as('n')])
          .where('household_id', 'is not', null)
          .where('at', '>=', new Date(now.getTime() - 31 * 86_400_000).toISOString())
          .groupBy('household_id')
          .orderBy('n', 'desc')
          .limit(200)
          .execute();
        const households = busiest.flatMap((row) => (row.household_id === null ? [] : [row.household_id]));
        const item: ItemLine = {
          productId: String(category?.id ?? 1),
          categoryId: String(category?.category_id ?? 1),
          quantity: 1,
          inBudget: true,
          amountCents: 150,
        };
        const cart: CartLine[] = [{ ...item, quantity: 1 }];
        // Loaded once per card scan (one SQL statement), then each scanned item is decided in memory.
        const load = await timeIt('rules.load-state', async (i) => {
          const state = await loadRuleState(db, households[i % households.length] ?? 1, now, TZ);
          return decideLine(state, cart, item);
        });
        const state = await loadRuleState(db, households[0] ?? 1, now, TZ);
        const pure = await timeIt('rules.decision', () => decideLine(state, cart, item), { iterations: 10_000 });
        // The coordinator's simulator: every household enrolled today (one query), old vs proposed.
        const today = localDate(now, TZ);
        const proposal = {
          effectiveFrom: today,
          period: 'week' as const,
          baseCents: 1500,
          perAdultCents: 750,
          perChildCents: 600,
          childAgeLimit: 18,
          capCents: 6000,
        };
        const simulate = await timeIt('rules.simulate', () => simulateProposal(db, proposal, today), {
          iterations: 30,
          warmup: 3,
        });
        return [pure, load, simulate];
      } finally {
        await connection.close();
      }
    },
  },
];
