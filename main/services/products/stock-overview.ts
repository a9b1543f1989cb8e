// What the coordinator checks before ordering or clearing shelves: products under their low-stock
// threshold, the value of the stock, and received batches whose best-before date is near or past.
import { type Kysely, sql } from 'kysely';
import type { DB } from '../../../db/schema';
import type { Language } from '../../contract/money';
import { addDays } from '../../domain/calendar';

export interface StockOverview {
  lowStock: {
    productId: number;
    name: string;
    code: string;
    unit: 'piece' | 'kg';
    stockQuantity: number;
    threshold: number;
  }[];
  value: { socialCents: number; referenceCents: number; costCents: number };
  nearBestBefore: {
    productId: number;
    name: string;
    code: string;
    unit: 'piece' | 'kg';
    stockQuantity: number;
    bestBefore: string;
    received: number;
  }[];
}

const lineColumns = ['id', 'barcode', 'store_code', 'name_nl', 'name_fr', 'unit', 'stock_quantity'] as const;

export async function stockOverview(
  db: Kysely<DB>,
  options: { today: string; days: number; lang: Language },
): Promise<StockOverview> {
  const line = (p: {
    id: number;
    barcode: string | null;
    store_code: string | null;
    name_nl: string;
    name_fr: string;
    unit: 'piece' | 'kg';
    stock_quantity: number;
  }) => ({
    productId: p.id,
    name: options.lang === 'fr' ? p.name_fr : p.name_nl,
    code: p.barcode ?? p.store_code ?? '',
    unit: p.unit,
    stockQuantity: p.stock_quantity,
  });
  // Values summed in SQL: 20,000 rows need not become objects. A kg product's price is per kg and
  // its stock in grams; each product's worth is rounded to the cent before summing.
  const worth = (price: 'social_price_cents' | 'reference_price_cents') =>
    sql<number>`coalesce(sum(case when unit = 'kg' then round(${sql.ref(price)} * stock_quantity / 1000.0) else ${sql.ref(price)} * stock_quantity end), 0)`;
  const totals = await db
    .selectFrom('products')
    .select([worth('social_price_cents').as('social'), worth('reference_price_cents').as('reference')])
    .where('active', '=', 1)
    .where('stock_quantity', '>', 0)
    .executeTakeFirstOrThrow();
  // Cost per unit: the latest purchase with a cost (cost_cents is for the whole delivery).
  const purchases = await db
    .selectFrom('stock_movements')
    .select(['product_id', 'quantity', 'cost_cents'])
    .where('kind', '=', 'received')
    .where('cost_cents', 'is not', null)
    .orderBy('at')
    .orderBy('id')
    .execute();
  const unitCost = new Map<number, number>();
  for (const p of purchases)
    if (p.cost_cents !== null && p.quantity > 0) unitCost.set(p.product_id, p.cost_cents / p.quantity);
  let costCents = 0;
  if (unitCost.size > 0) {
    const inStock = await db
      .selectFrom('products')
      .select(['id', 'stock_quantity'])
      .where('active', '=', 1)
      .where('stock_quantity', '>', 0)
      .execute();
    for (const p of inStock) {
      const cost = unitCost.get(p.id);
      if (cost !== undefined) costCents += Math.round(cost * p.stock_quantity);
    }
  }
  const low = await db
    .selectFrom('products')
    .select([...lineColumns, 'low_stock_threshold'])
    .where('active', '=', 1)
    .where('low_stock_threshold', 'is not', null)
    .whereRef('stock_quantity', '<=', 'low_stock_threshold')
    .execute();
  const lowStock = low
    .map((p) => ({ ...line(p), threshold: p.low_stock_threshold ?? 0 }))
    .sort((a, b) => a.stockQuantity - a.threshold - (b.stockQuantity - b.threshold));
  // Batches received with a best-before date up to `days` ahead (past ones too: they need writing
  // off), for products still in stock and not written off as expired since that batch came in.
  const batches = await db
    .selectFrom('stock_movements as m')
    .select(['m.product_id', 'm.best_before', 'm.quantity', 'm.at'])
    .where('m.kind', '=', 'received')
    .where('m.best_before', 'is not', null)
    .where('m.best_before', '<=', addDays(options.today, options.days))
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('stock_movements as w')
            .select('w.id')
            .whereRef('w.product_id', '=', 'm.product_id')
            .where('w.kind', '=', 'written-off')
            .where('w.reason', '=', 'expired')
            .whereRef('w.at', '>=', 'm.at'),
        ),
      ),
    )
    .orderBy('m.best_before')
    .limit(200)
    .execute();
  const batchIds = [...new Set(batches.map((b) => b.product_id))];
  const batchProducts =
    batchIds.length === 0
      ? []
      : await db
          .selectFrom('products')
          .select(lineColumns)
          .where('id', 'in', batchIds)
          .where('active', '=', 1)
          .execute();
  const byId = new Map(batchProducts.map((p) => [p.id, p]));
  const nearBestBefore = batches.flatMap((b) => {
    const p = byId.get(b.product_id);
    if (!p || p.stock_quantity <= 0 || b.best_before === null) return [];
    return [{ ...line(p), bestBefore: b.best_before, received: b.quantity }];
  });
  return {
    lowStock,
    value: { socialCents: Number(totals.social), referenceCents: Number(totals.reference), costCents },
    nearBestBefore,
  };
}
