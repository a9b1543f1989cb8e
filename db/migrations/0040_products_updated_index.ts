import type { Kysely } from 'kysely';

// The product search keeps the normalised names in memory and reloads them when
// (max(updated_at), max(id)) changes: this index makes max(updated_at) one index lookup.
// Portable (plain index) rather than an FTS5 table, which only SQLite has.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('products_updated_at').on('products').columns(['updated_at']).execute();
}
