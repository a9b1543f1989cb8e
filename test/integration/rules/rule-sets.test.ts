import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../../main/app';
import { loadRuleState } from '../../../main/services/rules/eligibility';
import { aHousehold, aTestApp, aUser, signIn } from '../../support/builders';
import { anEnrolment, aRuleSet } from '../../support/rules-builders';

let app: App | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

describe('rule set versions and household overrides', () => {
  it('adds a version dated from a future day only, and a social worker sets an override the till uses', async () => {
    app = await aTestApp();
    await aRuleSet(app);
    const coordinator = await signIn(app, (await aUser(app, ['coordinator'], 'Coord')).id);
    const worker = await signIn(app, (await aUser(app, ['social-worker'], 'Worker')).id);
    const call = (session: string, channel: string, input: unknown) =>
      app!.dispatcher.call({ channel, input, session } as never);
    const version = {
      period: 'week',
      baseCents: 1500,
      perAdultCents: 750,
      perChildCents: 600,
      capCents: 6000,
      visitLimit: 1,
    };
    expect(await call(coordinator, 'rules:add-rule-set', { ...version, effectiveFrom: '2026-11-24' })).toMatchObject({
      ok: false,
      error: { fields: [{ path: 'effectiveFrom' }] },
    });
    expect(await call(worker, 'rules:add-rule-set', { ...version, effectiveFrom: '2026-11-25' })).toMatchObject({
      ok: false,
    });
    expect(await call(coordinator, 'rules:add-rule-set', { ...version, effectiveFrom: '2026-11-25' })).toMatchObject({
      ok: true,
    });
    const list = await call(worker, 'rules:list-rule-sets', {});
    expect(list).toMatchObject({ ok: true, value: { today: '2026-11-24', currentId: 1 } });
    const household = await aHousehold(app, ['1980-01-01']);
    await anEnrolment(app, household);
    expect(
      await call(worker, 'rules:set-household-override', {
        householdId: household,
        amountCents: 8000,
        reason: 'fire at home',
        validUntil: '2026-12-31',
      }),
    ).toMatchObject({ ok: true });
    const state = await loadRuleState(app.db, household, app.clock.now(), 'Europe/Brussels');
    expect(state.budget?.amountCents).toBe(8000);
  });
});
