// Device settings live under one key of the settings table, parsed with zod on read: a bad or
// missing value means "no device", never a crash at startup.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { type DeviceSettings, deviceSettingsSchema } from '../../contract/devices';

const KEY = 'devices';

export async function readDeviceSettings(db: Kysely<DB>): Promise<DeviceSettings> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', KEY).executeTakeFirst();
  try {
    const parsed = deviceSettingsSchema.safeParse(row ? JSON.parse(row.value) : {});
    if (parsed.success) return parsed.data;
  } catch {
    // Unreadable JSON: fall through to the defaults.
  }
  return deviceSettingsSchema.parse({});
}

export async function saveDeviceSettings(db: Kysely<DB>, settings: DeviceSettings): Promise<void> {
  const value = JSON.stringify(deviceSettingsSchema.parse(settings));
  await db
    .insertInto('settings')
    .values({ key: KEY, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}
