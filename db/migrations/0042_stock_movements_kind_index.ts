import type { Kysely } from 'kysely';

// The stock screen reads received movements only (purchase costs, best-before dates): sales are
// most of the table (a million rows in the large demo), so without this index both reads scan it.
// (kind, at) also hands the latest purchase per product back in order without a sort.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('stock_movements_kind_at').on('stock_movements').columns(['kind', 'at']).execute();
}
