// The simulator channel on real SQLite (who counts as enrolled today, what "old" is), and the item
// limit channels (field-level refusals, ending a limit takes it out of the till's rule state).
import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../../main/app';
import { loadRuleState } from '../../../main/services/rules/eligibility';
import { loadEnrolledHouseholds } from '../../../main/services/rules/simulator';
import { aHousehold, aProduct, aTestApp } from '../../support/builders';
import { aCaller } from '../../support/household-builders';
import { anEnrolment, aRuleSet } from '../../support/rules-builders';

let app: App | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const proposal = {
  effectiveFrom: '2026-11-25',
  period: 'week',
  baseCents: 1500,
  perAdultCents: 750,
  perChildCents: 600,
  childAgeLimit: 18,
  capCents: null,
  visitLimit: null,
} as const;

describe('rule simulator channel', () => {
  it('counts only households enrolled today and compares with the version the proposal replaces', async () => {
    app = await aTestApp(); // today 2026-11-24 in Brussels; November 2026 has 5 Mondays
    await aRuleSet(app, { cap: null });
    const family = await aHousehold(app, ['1980-01-01', '1982-01-01', '2015-01-01', '2018-01-01']);
    await anEnrolment(app, family);
    const single = await aHousehold(app, ['1950-01-01']);
    await anEnrolment(app, single);
    const expired = await aHousehold(app, ['1990-01-01', '2020-01-01']);
    await anEnrolment(app, expired, '2025-01-01', '2026-11-23');
    const future = await aHousehold(app, ['1990-01-01']);
    await anEnrolment(app, future, '2026-11-25', '2027-11-24');
    const ended = await aHousehold(app, ['1990-01-01']);
    await anEnrolment(app, ended);
    await app.db.updateTable('enrolments').set({ ended_on: '2026-11-24' }).where('household_id', '=', ended).execute();
    const anonymised = await aHousehold(app, ['1990-01-01']);
    await anEnrolment(app, anonymised);
    await app.db
      .updateTable('households')
      .set({ anonymised_at: '2026-11-01T00:00:00Z' })
      .where('id', '=', anonymised)
      .execute();

    expect(await loadEnrolledHouseholds(app.db, '2026-11-24')).toHaveLength(2);
    const { call } = await aCaller(app, ['coordinator']);
    const result = await call('rules:simulate-rule-set', proposal);
    // Family: 15 + 2×7,50 + 2×5 = 40 → 42 a week; single: 22,50 both; × 5 Mondays.
    expect(result).toMatchObject({
      ok: true,
      value: {
        monthKey: '2026-11',
        households: 2,
        oldRuleSetId: 1,
        oldMonthlyCents: (4000 + 2250) * 5,
        newMonthlyCents: (4200 + 2250) * 5,
      },
    });
    const bands = (result.value as { bands: { band: string; households: number }[] }).bands;
    expect(bands.map((b) => b.households)).toEqual([1, 0, 0, 1, 0]);
    // Nothing is saved by a simulation.
    expect(await app.db.selectFrom('rule_sets').select('id').execute()).toHaveLength(1);

    // With a version already scheduled, the proposal after it is compared with that one.
    await aRuleSet(app, { effectiveFrom: '2026-12-01', perChild: 800, cap: null });
    const later = await call('rules:simulate-rule-set', { ...proposal, effectiveFrom: '2026-12-10' });
    expect(later).toMatchObject({ ok: true, value: { oldRuleSetId: 2, oldMonthlyCents: (4600 + 2250) * 5 } });

    const worker = await aCaller(app, ['social-worker']);
    expect(await worker.call('rules:simulate-rule-set', proposal)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('refuses a second version on the same date on its field', async () => {
    app = await aTestApp();
    await aRuleSet(app);
    const { call } = await aCaller(app, ['coordinator']);
    expect(await call('rules:add-rule-set', proposal)).toMatchObject({ ok: true });
    expect(await call('rules:add-rule-set', proposal)).toMatchObject({
      ok: false,
      error: { fields: [{ path: 'effectiveFrom', code: 'date-taken' }] },
    });
  });
});

describe('item limit channels', () => {
  it('adds, lists and ends limits; refusals name the field; an ended limit no longer applies', async () => {
    app = await aTestApp();
    await aRuleSet(app);
    const { call } = await aCaller(app, ['coordinator']);
    const category = await app.db
      .insertInto('categories')
      .values({ name_nl: 'Olie', name_fr: 'Huile' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const nappies = await aProduct(app, { nameNl: 'Luiers', nameFr: 'Langes' });
    const base = {
      perVisit: null,
      perPeriod: null,
      period: 'week',
      scaling: 'household',
      childUnderAge: null,
    } as const;

    expect(
      await call('rules:add-item-limit', { ...base, targetKind: 'category', targetId: category.id }),
    ).toMatchObject({ ok: false, error: { fields: [{ path: 'perVisit', code: 'no-limit' }] } });
    expect(
      await call('rules:add-item-limit', { ...base, targetKind: 'product', targetId: 9999, perVisit: 3, perPeriod: 2 }),
    ).toMatchObject({
      ok: false,
      error: {
        fields: [
          { path: 'perPeriod', code: 'below-per-visit' },
          { path: 'targetId', code: 'target-not-found' },
        ],
      },
    });
    const oil = await call('rules:add-item-limit', {
      ...base,
      targetKind: 'category',
      targetId: category.id,
      perPeriod: 2,
    });
    const nappyLimit = await call('rules:add-item-limit', {
      ...base,
      targetKind: 'product',
      targetId: nappies,
      perVisit: 1,
      scaling: 'per-child',
      childUnderAge: 3,
    });
    expect(oil.ok && nappyLimit.ok).toBe(true);
    expect(await call('rules:list-item-limits', {})).toMatchObject({
      ok: true,
      value: {
        limits: [
          { targetKind: 'category', targetNameNl: 'Olie', perPeriod: 2, scaling: 'household' },
          { targetKind: 'product', targetNameFr: 'Langes', perVisit: 1, scaling: 'per-child', childUnderAge: 3 },
        ],
        categories: [{ nameNl: 'Olie' }],
      },
    });

    const household = await aHousehold(app, ['1980-01-01']);
    await anEnrolment(app, household);
    const before = await loadRuleState(app.db, household, app.clock.now(), 'Europe/Brussels');
    expect(before.itemLimits).toHaveLength(2);
    const oilId = (oil.value as { id: number }).id;
    expect(await call('rules:end-item-limit', { limitId: oilId })).toMatchObject({ ok: true, value: { ended: true } });
    expect(await call('rules:end-item-limit', { limitId: oilId })).toMatchObject({ ok: true, value: { ended: false } });
    const after = await loadRuleState(app.db, household, app.clock.now(), 'Europe/Brussels');
    expect(after.itemLimits.map((l) => l.target)).toEqual([{ kind: 'product', productId: String(nappies) }]);
    const audits = await app.db.selectFrom('audit_log').select('action').where('action', 'like', 'rules.%').execute();
    expect(audits.map((a) => a.action).sort()).toEqual([
      'rules.add-item-limit',
      'rules.add-item-limit',
      'rules.end-item-limit',
    ]);
  });
});
