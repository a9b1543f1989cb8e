// Two clicks (or two screens) changing the same household at once: each change checks the state and
// writes, with its audit entry, in one transaction, so the second sees the first.
import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../../main/app';
import { aTestApp } from '../../support/builders';
import { aCaller, aHouseholdForm } from '../../support/household-builders';

let app: App;
afterEach(async () => app?.close());

async function enrolled() {
  app = await aTestApp();
  const { call } = await aCaller(app, ['social-worker']);
  // The form's period: 2026-11-01 to 2027-04-30; the test clock is 2026-11-24.
  const result = await call('households:enrol-household', { form: aHouseholdForm() });
  expect(result.ok).toBe(true);
  const { householdId } = result.value as { householdId: number };
  const periods = () =>
    app.db
      .selectFrom('enrolments')
      .select(['kind', 'valid_from', 'valid_until'])
      .where('household_id', '=', householdId)
      .orderBy('valid_from')
      .execute();
  const audited = async (action: string) =>
    (await app.db.selectFrom('audit_log').select('details').where('action', '=', action).execute()).map((r) =>
      JSON.parse(r.details ?? '{}'),
    );
  return { call, householdId, periods, audited };
}

describe('household changes at once', () => {
  it('two renewals at once plan the next period once; the second is told it is already renewed', async () => {
    const { call, householdId, periods, audited } = await enrolled();
    const [a, b] = await Promise.all([
      call('households:renew-enrolment', { householdId }),
      call('households:renew-enrolment', { householdId }),
    ]);
    expect(a.ok).toBe(true);
    expect(b).toMatchObject({ ok: false, error: { reason: 'already-renewed' } });
    expect(await periods()).toEqual([
      { kind: 'new', valid_from: '2026-11-01', valid_until: '2027-04-30' },
      { kind: 'renewal', valid_from: '2027-05-01', valid_until: '2027-10-31' },
    ]);
    expect((await audited('household.renew')).map((d) => d.enrolmentId)).toEqual([
      (a.value as { enrolmentId: number }).enrolmentId,
    ]);
    // A period after the planned one can still be given with its own dates.
    const later = await call('households:renew-enrolment', {
      householdId,
      validFrom: '2027-11-01',
      validUntil: '2028-04-30',
    });
    expect(later.ok).toBe(true);
  });

  it('a renewal over days another period covers is refused and writes nothing', async () => {
    const { call, householdId, periods, audited } = await enrolled();
    const overlapping = await call('households:renew-enrolment', {
      householdId,
      validFrom: '2027-04-01',
      validUntil: '2027-09-30',
    });
    expect(overlapping).toMatchObject({
      ok: false,
      error: { reason: 'invalid-fields', fields: [{ path: 'validFrom', code: 'overlaps-period' }] },
    });
    expect(await periods()).toHaveLength(1);
    expect(await audited('household.renew')).toEqual([]);
    // Right after the period: accepted.
    expect(
      (await call('households:renew-enrolment', { householdId, validFrom: '2027-05-01', validUntil: '2027-06-30' })).ok,
    ).toBe(true);
  });

  it('lifting a suspension twice at once lifts it once: the second is told it is over, one audit entry', async () => {
    const { call, householdId, audited } = await enrolled();
    const suspended = await call('households:suspend-household', { householdId, reason: 'test', until: '2026-12-31' });
    const { suspensionId } = suspended.value as { suspensionId: number };
    const lifts = await Promise.all([
      call('households:lift-suspension', { householdId, suspensionId }),
      call('households:lift-suspension', { householdId, suspensionId }),
    ]);
    expect(lifts.map((r) => r.ok).sort()).toEqual([false, true]);
    expect(lifts.find((r) => !r.ok)?.error).toMatchObject({ reason: 'suspension-not-running' });
    expect(await audited('household.suspension-lift')).toEqual([{ suspensionId }]);
  });

  it('two card replacements at once leave one valid card, each replacement audited with the card it made', async () => {
    const { call, householdId, audited } = await enrolled();
    const [a, b] = await Promise.all([
      call('households:replace-card', { householdId }),
      call('households:replace-card', { householdId }),
    ]);
    expect([a.ok, b.ok]).toEqual([true, true]);
    const open = await app.db
      .selectFrom('cards')
      .select('id')
      .where('household_id', '=', householdId)
      .where('blocked_at', 'is', null)
      .execute();
    expect(open).toHaveLength(1);
    const made = [a.value, b.value].map((v) => (v as { cardId: number }).cardId).sort();
    expect((await audited('household.card-replace')).map((d) => d.cardId).sort()).toEqual(made);
  });
});
