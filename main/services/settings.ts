// Shop settings: one JSON value per key, parsed with zod on read so a bad value falls back to the
// default instead of breaking the till.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { type Settings, settingsSchema } from '../contract/settings';

// The schema lives in the contract: the coordinator's settings screen checks against the same rules.
export { type Settings, settingsSchema };
export type SettingKey = keyof Settings;

// The till reads its settings on every scan: the rows are read each time (so a change by another
// screen or process is seen at once), but parsed again only when they differ from the last read.
const lastRead = new WeakMap<Kysely<DB>, { fingerprint: string; settings: Readonly<Settings> }>();

export async function readSettings(db: Kysely<DB>): Promise<Readonly<Settings>> {
  const rows = await db.selectFrom('settings').select(['key', 'value']).orderBy('key').execute();
  const fingerprint = JSON.stringify(rows);
  const cached = lastRead.get(db);
  if (cached?.fingerprint === fingerprint) return cached.settings;
  const settings = Object.freeze(parseSettings(rows));
  lastRead.set(db, { fingerprint, settings });
  return settings;
}

function parseSettings(rows: { key: string; value: string }[]): Settings {
  const raw: Record<string, unknown> = {};
  for (const row of rows) {
    try {
      raw[row.key] = JSON.parse(row.value);
    } catch {
      // An unreadable value is ignored: the default applies.
    }
  }
  const shape = settingsSchema.shape;
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(shape) as SettingKey[]) {
    const parsed = shape[key].safeParse(raw[key]);
    result[key] = parsed.success ? parsed.data : shape[key].parse(undefined);
  }
  return settingsSchema.parse(result);
}

export async function writeSetting<K extends SettingKey>(db: Kysely<DB>, key: K, value: Settings[K]): Promise<void> {
  const valid = settingsSchema.shape[key].parse(value);
  await db
    .insertInto('settings')
    .values({ key, value: JSON.stringify(valid) })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(valid) }))
    .execute();
}
