// The coordinator's shop settings: read the editable ones, change several at once. The dispatcher has
// already checked every field against the contract, so a refused field never reaches this code.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { immediateTransaction } from '../../db/transaction';
import type { Handlers } from '../api/dispatcher';
import {
  type EditableSettingKey,
  type EditableSettings,
  editableSettingKeys,
  editableSettingsSchema,
  type Settings,
} from '../contract/settings';
import { audit } from './audit';
import { readSettings, writeSetting } from './settings';

type SettingsHandlers = Pick<Handlers, 'settings:get' | 'settings:update'>;

function editableOf(settings: Readonly<Settings>): { settings: EditableSettings; tillId: string } {
  const editable = Object.fromEntries(editableSettingKeys.map((key) => [key, settings[key]]));
  return { settings: editableSettingsSchema.parse(editable), tillId: settings.tillId };
}

export function settingsHandlers({
  db,
  refreshSettings,
}: {
  db: Kysely<DB>;
  /** The app keeps the settings it needs on every call (the idle lock): it reads them again after a change. */
  refreshSettings: () => Promise<void>;
}): SettingsHandlers {
  return {
    'settings:get': async () => editableOf(await readSettings(db)),
    'settings:update': async (input, ctx) => {
      const changed = await immediateTransaction(db, async (trx) => {
        const before = await readSettings(trx);
        // Only what really differs is written and audited: a form sending every field unchanged
        // leaves neither a write nor an entry in the log.
        const keys = editableSettingKeys.filter(
          (key) => input[key] !== undefined && JSON.stringify(input[key]) !== JSON.stringify(before[key]),
        );
        for (const key of keys) await writeOne(trx, key, input);
        if (keys.length > 0)
          await audit(trx, {
            at: ctx.now,
            userId: ctx.user?.id ?? null,
            action: 'settings.update',
            entity: 'settings',
            details: { settings: keys.join(',') },
          });
        return keys;
      });
      if (changed.length > 0) await refreshSettings();
      return { ...editableOf(await readSettings(db)), changed };
    },
  };
}

/** One key of the partial input, typed by its key (writeSetting checks it once more). */
function writeOne<K extends EditableSettingKey>(
  db: Kysely<DB>,
  key: K,
  input: Partial<Pick<Settings, EditableSettingKey>>,
): Promise<void> {
  const value = input[key];
  if (value === undefined) return Promise.resolve();
  return writeSetting(db, key, value);
}
