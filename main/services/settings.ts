// Shop settings: one JSON value per key, parsed with zod on read so a bad value falls back to the
// default instead of breaking the till.
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/schema';
import { DEFAULT_TIME_ZONE, languageSchema } from '../contract/money';

export const settingsSchema = z.object({
  shopName: z.string().min(1).max(80).default('Sociale kruidenier'),
  tillId: z.string().min(1).max(20).default('till-1'),
  // A zone Intl does not know would make every date on screen and on paper throw.
  timeZone: z.string().refine(isKnownTimeZone).default(DEFAULT_TIME_ZONE),
  defaultLanguage: languageSchema.default('nl'),
  idleLockMinutes: z.number().int().min(1).max(120).default(5),
  practiceMode: z.boolean().default(false),
  enrolmentMonths: z.number().int().min(1).max(36).default(6),
  expiringDays: z.number().int().min(0).max(90).default(14),
  retentionMonths: z.number().int().min(1).max(120).default(24),
  returnDays: z.number().int().min(0).max(90).default(14),
  vatLiable: z.boolean().default(true),
  paymentMethods: z
    .array(z.enum(['cash', 'card', 'voucher', 'account']))
    .default(['cash', 'card', 'voucher', 'account']),
  walkInPolicy: z.enum(['allowed', 'if-room', 'refused']).default('if-room'),
  backupFolder: z.string().max(500).nullable().default(null),
  backupIntervalHours: z.number().int().min(1).max(168).default(24),
  backupPassphraseSet: z.boolean().default(false),
  cardPrefix: z
    .string()
    .regex(/^04[0-9]$/)
    .default('049'),
  /** Variable-measure EAN-13 prefixes (20–29): price or weight in the 5 digits before the check digit. */
  variableMeasureRules: z
    .array(z.object({ prefix: z.string().regex(/^2\d$/), kind: z.enum(['price', 'weight']) }))
    .default([
      { prefix: '21', kind: 'price' },
      { prefix: '22', kind: 'weight' },
    ]),
});
export type Settings = z.infer<typeof settingsSchema>;

function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
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
