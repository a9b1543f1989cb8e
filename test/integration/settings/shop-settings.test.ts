// A coordinator changes the shop's settings through the dispatcher: all changed keys in one go with
// one audit entry naming them; a refused field changes nothing; only coordinators may look or change.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../../main/app';
import { readSettings } from '../../../main/services/settings';
import { aTestApp, aUser, signIn } from '../../support/builders';

let app: App;
let coordinator: { id: number };
let session: string;
beforeEach(async () => {
  app = await aTestApp();
  coordinator = await aUser(app, ['coordinator'], 'Anna', '2468');
  session = await signIn(app, coordinator.id, '2468');
});
afterEach(async () => app.close());

const call = (channel: string, input: unknown, as = session) => app.dispatcher.call({ channel, input, session: as });
const settingsAudit = () =>
  app.db
    .selectFrom('audit_log')
    .select(['action', 'user_id', 'entity', 'details'])
    .where('action', 'like', 'settings.%')
    .execute();

describe('settings:get', () => {
  it('shows the editable settings and the till id, without the backup settings or practice mode', async () => {
    const result = await call('settings:get', {});
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const value = result.value as { settings: Record<string, unknown>; tillId: string };
    expect(value.tillId).toBe('till-1');
    expect(value.settings).toMatchObject({ walkInPolicy: 'if-room', timeZone: 'Europe/Brussels', cardPrefix: '049' });
    expect(Object.keys(value.settings)).not.toContain('backupFolder');
    expect(Object.keys(value.settings)).not.toContain('practiceMode');
    expect(Object.keys(value.settings)).not.toContain('tillId');
  });
});

describe('settings:update', () => {
  it('writes every changed key, audits one entry naming them, and the idle lock follows at once', async () => {
    const result = await call('settings:update', {
      shopName: '  De Buurtwinkel ',
      walkInPolicy: 'refused',
      paymentMethods: ['cash', 'voucher'],
      idleLockMinutes: 15,
      // Unchanged: neither written again nor named in the log.
      cardPrefix: '049',
      variableMeasureRules: [
        { prefix: '23', kind: 'weight' },
        { prefix: '28', kind: 'price' },
      ],
    });
    expect(result).toMatchObject({ ok: true });
    expect(result.ok && result.value).toMatchObject({
      changed: ['shopName', 'idleLockMinutes', 'paymentMethods', 'walkInPolicy', 'variableMeasureRules'],
      settings: { shopName: 'De Buurtwinkel', walkInPolicy: 'refused' },
    });
    const stored = await readSettings(app.db);
    expect(stored).toMatchObject({
      shopName: 'De Buurtwinkel',
      walkInPolicy: 'refused',
      paymentMethods: ['cash', 'voucher'],
      idleLockMinutes: 15,
      variableMeasureRules: [
        { prefix: '23', kind: 'weight' },
        { prefix: '28', kind: 'price' },
      ],
    });
    expect(app.settings().idleLockMinutes).toBe(15);
    const entries = await settingsAudit();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'settings.update', user_id: coordinator.id, entity: 'settings' });
    expect(JSON.parse(entries[0]?.details ?? '{}')).toEqual({
      settings: 'shopName,idleLockMinutes,paymentMethods,walkInPolicy,variableMeasureRules',
    });
  });

  it('writes and audits nothing when nothing differs', async () => {
    const result = await call('settings:update', { walkInPolicy: 'if-room', returnDays: 14 });
    expect(result.ok && result.value).toMatchObject({ changed: [] });
    expect(await settingsAudit()).toEqual([]);
  });

  it.each([
    ['no payment method', { paymentMethods: [] }, 'paymentMethods'],
    ['a payment method twice', { paymentMethods: ['cash', 'cash'] }, 'paymentMethods'],
    ['an unknown time zone', { timeZone: 'Europe/Atlantis' }, 'timeZone'],
    ['an idle lock of 0 minutes', { idleLockMinutes: 0 }, 'idleLockMinutes'],
    ['an empty shop name', { shopName: '   ' }, 'shopName'],
    ['a card prefix outside 040–049', { cardPrefix: '123' }, 'cardPrefix'],
    [
      'a variable-measure prefix outside 20–29',
      { variableMeasureRules: [{ prefix: '30', kind: 'price' }] },
      'variableMeasureRules.0.prefix',
    ],
    [
      'two rules for one prefix',
      {
        variableMeasureRules: [
          { prefix: '21', kind: 'price' },
          { prefix: '21', kind: 'weight' },
        ],
      },
      'variableMeasureRules.1.prefix',
    ],
  ])('refuses %s with a field error, and changes nothing else given with it', async (_, bad, path) => {
    const before = await readSettings(app.db);
    const result = await call('settings:update', { walkInPolicy: 'allowed', returnDays: 30, ...bad });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.fields?.map((f) => f.path)).toEqual([path]);
    expect(await readSettings(app.db)).toEqual(before);
    expect(await settingsAudit()).toEqual([]);
  });

  it('refuses what other screens own: the till id, backups and practice mode', async () => {
    for (const input of [{ tillId: 'till-2' }, { backupFolder: '/tmp' }, { practiceMode: true }]) {
      const result = await call('settings:update', input);
      expect(result.ok, JSON.stringify(input)).toBe(false);
    }
    expect(await readSettings(app.db)).toMatchObject({ tillId: 'till-1', backupFolder: null, practiceMode: false });
  });

  it('is refused to a cashier and a social worker, and to no one signed in', async () => {
    for (const role of ['cashier', 'social-worker'] as const) {
      const user = await aUser(app, [role], `A ${role}`, '1357');
      const theirs = await signIn(app, user.id, '1357');
      const update = await call('settings:update', { walkInPolicy: 'allowed' }, theirs);
      expect(update).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(await call('settings:get', {}, theirs)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await app.dispatcher.call({ channel: 'settings:update', input: { walkInPolicy: 'allowed' } })).toMatchObject(
      {
        ok: false,
        error: { code: 'not-signed-in' },
      },
    );
    expect((await readSettings(app.db)).walkInPolicy).toBe('if-room');
  });
});
