// Small helpers that keep migrations portable between SQLite (the till) and PostgreSQL (a shared
// registry later). Frozen like the migrations themselves: change by adding, never by editing.
import { type CreateTableBuilder, type Kysely, PostgresAdapter, sql } from 'kysely';

export function isPostgres(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** An auto-numbered integer primary key named `id`; ids are never reused after a delete. */
export function withId<T extends string>(
  db: Kysely<unknown>,
  table: CreateTableBuilder<T, never>,
): CreateTableBuilder<T, 'id'> {
  return isPostgres(db)
    ? table.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}

/** ISO-8601 UTC timestamps are stored as text in both dialects, so ordering is lexical and exact. */
export const timestamp = 'text' as const;

export const nowDefault = sql`CURRENT_TIMESTAMP`;
