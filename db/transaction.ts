import { type Kysely, sql, type Transaction } from 'kysely';
import type { DB } from './schema';

/**
 * Runs `work` in a `BEGIN IMMEDIATE` transaction: the write lock is taken up front, so two tills
 * sharing a file can never both read a journal head and then race to append after it.
 * (SQLite-specific statement; PostgreSQL would use SERIALIZABLE or a row lock on the head.)
 */
export async function immediateTransaction<T>(db: Kysely<DB>, work: (trx: Kysely<DB>) => Promise<T>): Promise<T> {
  return db.connection().execute(async (conn) => {
    await sql`BEGIN IMMEDIATE`.execute(conn);
    try {
      const result = await work(conn);
      await sql`COMMIT`.execute(conn);
      return result;
    } catch (error) {
      await sql`ROLLBACK`.execute(conn);
      throw error;
    }
  });
}

export type Tx = Transaction<DB> | Kysely<DB>;
