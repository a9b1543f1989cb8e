// Settings are read on every scan; the parsed value is reused only while the stored rows are unchanged.
import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../../main/app';
import { readSettings, writeSetting } from '../../../main/services/settings';
import { aTestApp } from '../../support/builders';

let app: App;
afterEach(async () => app?.close());

describe('readSettings', () => {
  it('sees a change written by the service or straight into the table, and defaults a bad value', async () => {
    app = await aTestApp();
    const first = await readSettings(app.db);
    expect(await readSettings(app.db)).toBe(first);
    await writeSetting(app.db, 'returnDays', 30);
    expect((await readSettings(app.db)).returnDays).toBe(30);
    // Another process (or an older till version) writes the row itself.
    await app.db.updateTable('settings').set({ value: '7' }).where('key', '=', 'returnDays').execute();
    expect((await readSettings(app.db)).returnDays).toBe(7);
    await app.db.updateTable('settings').set({ value: '"many"' }).where('key', '=', 'returnDays').execute();
    expect((await readSettings(app.db)).returnDays).toBe(14);
    await app.db.deleteFrom('settings').where('key', '=', 'returnDays').execute();
    expect((await readSettings(app.db)).returnDays).toBe(14);
  });

  it('keeps the shop on its default time zone when the stored one is unknown, and refuses to store one', async () => {
    app = await aTestApp();
    await writeSetting(app.db, 'timeZone', 'Europe/Paris');
    expect((await readSettings(app.db)).timeZone).toBe('Europe/Paris');
    // Intl would throw on every date shown or printed in this zone.
    await app.db.updateTable('settings').set({ value: '"Europe/Atlantis"' }).where('key', '=', 'timeZone').execute();
    expect((await readSettings(app.db)).timeZone).toBe('Europe/Brussels');
    await expect(writeSetting(app.db, 'timeZone', 'Mars/Olympus')).rejects.toThrow();
    expect((await readSettings(app.db)).timeZone).toBe('Europe/Brussels');
  });
});
