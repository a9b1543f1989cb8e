import { type Kysely, sql } from 'kysely';
import { timestamp, withId } from './portable';

// Stock moves only through movements with a user and a reason; products.stock_quantity is their sum,
// kept in the same transaction as each movement.
export async function up(db: Kysely<unknown>): Promise<void> {
  await withId(db, db.schema.createTable('stock_movements'))
    .addColumn('product_id', 'integer', (c) => c.notNull().references('products.id'))
    .addColumn('at', timestamp, (c) => c.notNull())
    .addColumn('user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('received', 'sold', 'returned', 'counted', 'written-off')`),
    )
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.check(sql`source is null or source in ('donation', 'purchase')`))
    .addColumn('supplier', 'text')
    .addColumn('cost_cents', 'integer')
    .addColumn('best_before', 'text')
    .addColumn('reason', 'text')
    .addColumn('sale_id', 'integer')
    .execute();
  await db.schema.createIndex('stock_movements_product').on('stock_movements').columns(['product_id', 'at']).execute();
  await db.schema.createIndex('stock_movements_at').on('stock_movements').columns(['at']).execute();
}
