import { type Kysely, type MigrationResultSet, Migrator } from 'kysely';
import { migrations } from './migrations/index';

export function migrator(db: Kysely<unknown>): Migrator {
  // Migrations are written on parallel branches (each area has its own number range), so a file
  // may already hold a later-numbered one when an earlier-numbered one lands: each still runs exactly
  // once, and none depends on a later-numbered migration.
  return new Migrator({ db, provider: { getMigrations: async () => migrations }, allowUnorderedMigrations: true });
}

export class MigrationError extends Error {}

/** Brings the schema to the latest version; throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<unknown>): Promise<MigrationResultSet> {
  const result = await migrator(db).migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error');
    throw new MigrationError(`migration ${failed?.migrationName ?? '?'} failed: ${String(result.error)}`);
  }
  return result;
}

/** Names of migrations not yet applied (start-up checks this before taking a backup). */
export async function pendingMigrations(db: Kysely<unknown>): Promise<string[]> {
  const all = await migrator(db).getMigrations();
  return all.filter((m) => m.executedAt === undefined).map((m) => m.name);
}
