import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../../main/app';
import { withCheckDigit } from '../../../main/contract/barcode';
import { lookupCard } from '../../../main/services/households/card-lookup';
import { readSettings } from '../../../main/services/settings';
import { aHousehold, aTestApp } from '../../support/builders';

let app: App;
afterEach(async () => app?.close());

async function withCard(birthDates: string[]) {
  const householdId = await aHousehold(app, birthDates);
  const number = withCheckDigit(`049${String(householdId).padStart(9, '0')}`);
  const now = app.clock.now().toISOString();
  const card = await app.db
    .insertInto('cards')
    .values({ household_id: householdId, number, issued_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  await app.db
    .insertInto('enrolments')
    .values({ household_id: householdId, valid_from: '2026-06-01', valid_until: '2026-12-01', created_at: now })
    .execute();
  return { householdId, number, cardId: card.id };
}

describe('lookupCard', () => {
  it('gives the till the first name, counts, status and proxies — no surname', async () => {
    app = await aTestApp();
    const { householdId, number, cardId } = await withCard(['1980-05-01', '1982-01-01', '2015-03-03', '2019-09-09']);
    await app.db
      .insertInto('proxies')
      .values({ household_id: householdId, name: 'Buur Jan', valid_until: '2027-01-01' })
      .execute();
    await app.db
      .insertInto('proxies')
      .values({ household_id: householdId, name: 'Oud', valid_until: '2026-01-01' })
      .execute();
    const result = await lookupCard(app.db, number, '2026-11-24', await readSettings(app.db));
    expect(result).toMatchObject({
      kind: 'household',
      householdId,
      cardId,
      firstName: 'Member0',
      householdSize: 4,
      adults: 2,
      children: 2,
      validUntil: '2026-12-01',
      language: 'nl',
      proxies: [{ name: 'Buur Jan', validUntil: '2027-01-01' }],
    });
    expect(result.kind === 'household' && result.status.kind).toBe('expiring');
    expect(JSON.stringify(result)).not.toContain('Test');
  });

  it('says blocked for a replaced card and unknown for anything else', async () => {
    app = await aTestApp();
    const { householdId, number } = await withCard(['1980-05-01']);
    await app.db
      .updateTable('cards')
      .set({ blocked_at: app.clock.now().toISOString(), block_reason: 'lost' })
      .execute();
    const settings = await readSettings(app.db);
    expect(await lookupCard(app.db, number, '2026-11-24', settings)).toEqual({ kind: 'blocked', householdId });
    expect(await lookupCard(app.db, '0490000009990', '2026-11-24', settings)).toEqual({ kind: 'unknown' });
    expect(await lookupCard(app.db, '5410000000000', '2026-11-24', settings)).toEqual({ kind: 'unknown' });
  });
});
