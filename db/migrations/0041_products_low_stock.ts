import type { Kysely } from 'kysely';

// A product's low-stock threshold (units, or grams for a product sold by weight). Null: the product
// is never on the low-stock list (donated one-offs need no reorder point).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('products').addColumn('low_stock_threshold', 'integer').execute();
}
