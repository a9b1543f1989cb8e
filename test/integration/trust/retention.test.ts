// Retention: a household whose last enrolment ended more than 24 months ago is anonymised — gone
// from the tables, the WAL and the file's free pages — while its sales stay and verify stays green.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../main/api/clock';
import { type App, createApp } from '../../../main/app';
import { audit } from '../../../main/services/audit';
import { unclassifiedHouseholdTables } from '../../../main/services/trust/retention';
import { verifyDatabase } from '../../../main/services/verify';
import { aUser, signIn, tempDbPath } from '../../support/builders';
import { aShopWithSales, type TrustShop } from '../../support/trust-builders';

let app: App;
let path = '';
let shop: TrustShop;
let coordinator = '';
let socialWorker = '';

const fileBytes = () =>
  Buffer.concat(['', '-wal'].filter((s) => existsSync(path + s)).map((s) => readFileSync(path + s))).toString('latin1');

beforeAll(async () => {
  path = tempDbPath('till-retention-');
  app = await createApp({ dbPath: path, clock: fixedClock('2026-11-24T18:00:00Z'), background: false });
  shop = await aShopWithSales(app, 3);
  coordinator = await signIn(app, (await aUser(app, ['coordinator'], 'Coord')).id);
  socialWorker = await signIn(app, (await aUser(app, ['social-worker'], 'Worker')).id);
  const [old] = shop.households;
  if (old)
    await audit(app.db, {
      at: app.clock.now(),
      userId: null,
      action: 'household.view',
      entity: 'household',
      entityId: old.id,
    });
}, 60_000);
afterAll(async () => app?.close());

const call = (channel: string, input: unknown, session = coordinator) =>
  app.dispatcher.call({ channel, input, session });

describe('retention', () => {
  it('the dry run lists only the household whose enrolment ended over 24 months ago', async () => {
    expect(fileBytes().toLowerCase()).toContain('quispelaar');
    const preview = await call('retention:preview', {});
    expect(preview.ok && preview.value).toMatchObject({
      retentionMonths: 24,
      cutoff: '2024-11-24',
      households: [{ householdId: shop.households[0]?.id, lastEnrolmentEnded: '2023-06-30', members: 2, sales: 4 }],
    });
    expect(fileBytes().toLowerCase()).toContain('quispelaar'); // a dry run changes nothing
  });

  it('exports a household its own data as JSON and a readable PDF, audited', async () => {
    const id = shop.households[1]?.id;
    const json = await call('households:export-own-data', { householdId: id, format: 'json' }, socialWorker);
    if (!json.ok) throw new Error(json.error.message);
    const value = json.value as { base64: string; fileName: string };
    const data = JSON.parse(Buffer.from(value.base64, 'base64').toString('utf8'));
    expect(data.members[0]).toMatchObject({ first_name: 'Zebedeus', last_name: 'Vandermeulebroecke' });
    expect(data.sales).toHaveLength(3);
    const pdf = await call('households:export-own-data', { householdId: id, format: 'pdf' }, socialWorker);
    if (!pdf.ok) throw new Error(pdf.error.message);
    const bytes = Buffer.from((pdf.value as { base64: string }).base64, 'base64');
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const pdfPath = join(dirname(path), 'export.pdf');
    writeFileSync(pdfPath, bytes);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdfPath, join(dirname(path), 'export')]);
    expect(existsSync(join(dirname(path), 'export-1.png'))).toBe(true);
    const cashier = await signIn(app, (await aUser(app, ['cashier'], 'Cash')).id);
    const refused = await call('households:export-own-data', { householdId: id, format: 'json' }, cashier);
    expect(refused.ok || refused.error.code).toBe('forbidden');
    const log = await app.db.selectFrom('audit_log').selectAll().where('action', '=', 'household.export').execute();
    expect(log).toHaveLength(2);
  });

  it('anonymises it: names gone from the tables, the WAL and the file bytes; sales and verify intact', async () => {
    const salesBefore = await app.db.selectFrom('sales').select('id').execute();
    // A volunteer who was a client of this household.
    app.connection.raw.prepare("UPDATE users SET household_id = ? WHERE name = 'Worker'").run(shop.households[0]?.id);
    const run = await call('retention:run', { confirm: true });
    expect(run.ok && run.value).toEqual({ anonymised: 1 });
    const bytes = fileBytes().toLowerCase();
    // Its last name was in members, search texts, the note and the proxy's name: none of it is left.
    expect(bytes).not.toContain('quispelaar');
    expect(bytes).toContain('vandermeulebroecke'); // the other household is untouched
    const [old] = shop.households;
    const members = await app.db
      .selectFrom('members')
      .selectAll()
      .where('household_id', '=', old?.id ?? 0)
      .execute();
    expect(members.map((m) => [m.first_name, m.last_name, m.birth_date])).toEqual([
      [null, null, '1971-07-01'],
      [null, null, '2012-07-01'],
    ]);
    const household = await app.db
      .selectFrom('households')
      .selectAll()
      .where('id', '=', old?.id ?? 0)
      .executeTakeFirst();
    expect(household).toMatchObject({ municipality: 'Gent', phone: null, notes: null, search_text: '' });
    expect(household?.anonymised_at).toBe('2026-11-24T18:00:00.000Z');
    const card = await app.db
      .selectFrom('cards')
      .selectAll()
      .where('household_id', '=', old?.id ?? 0)
      .executeTakeFirst();
    expect(card?.blocked_at).not.toBeNull();
    expect(await app.db.selectFrom('sales').select('id').execute()).toEqual(salesBefore);
    const link = app.connection.raw.prepare("SELECT household_id FROM users WHERE name = 'Worker'").pluck().get();
    expect(link).toBeNull();
    expect(verifyDatabase(app.connection.raw).firstFault).toBeUndefined();
    const again = await call('retention:preview', {});
    expect(again.ok && (again.value as { households: unknown[] }).households).toEqual([]);
    const export_ = await call('households:export-own-data', { householdId: old?.id, format: 'json' });
    expect(export_.ok || export_.error.reason).toBe('household-anonymised');
  });

  it('knows every table that points at a household (a new one must be classified in retention.ts)', () => {
    expect(unclassifiedHouseholdTables(app.connection.raw)).toEqual([]);
  });

  it('keeps the audit log append-only; it holds ids, not names', async () => {
    const raw = app.connection.raw;
    expect(() => raw.exec("UPDATE audit_log SET action = 'x'")).toThrow(/append-only/);
    expect(() => raw.exec('DELETE FROM audit_log')).toThrow(/append-only/);
    const text = JSON.stringify(raw.prepare('SELECT * FROM audit_log').all()).toLowerCase();
    expect(text).not.toContain('quispelaar');
    expect(text).toContain('household.view');
  });

  it('runs on its own only at night in the shop time zone', async () => {
    const clock = fixedClock('2026-11-24T12:00:00Z'); // 13:00 in Brussels
    const other = await createApp({ dbPath: tempDbPath('till-retention-night-'), clock, background: false });
    await aShopWithSales(other, 1);
    expect(await other.trust.retentionIfDue()).toBe(0);
    clock.set('2026-11-24T22:30:00Z'); // 23:30 in Brussels
    expect(await other.trust.retentionIfDue()).toBe(1);
    expect(await other.trust.retentionIfDue()).toBe(0);
    const log = await other.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'retention.anonymise')
      .execute();
    expect(log.map((l) => l.details)).toEqual(['{"households":1,"automatic":true}']);
    await other.close();
  });
});
