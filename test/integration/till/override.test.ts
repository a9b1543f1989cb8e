// A coordinator's PIN typed at the till to let a refused line through locks like a sign-in PIN:
// a cashier could otherwise guess it (it is also the coordinator's sign-in PIN) without limit.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../../main/app';
import { aProduct, aTestApp, aUser } from '../../support/builders';
import { aRuleSet } from '../../support/rules-builders';
import { aShopper, aTillCaller } from '../../support/till-builders';

let app: App;
beforeEach(async () => {
  app = await aTestApp();
  await aRuleSet(app, { base: 500, perAdult: 0 });
});
afterEach(async () => app.close());

describe('a coordinator override at the till', () => {
  it('locks the coordinator after 5 wrong PINs, even for the right one, and audits the cashier who tried', async () => {
    const { call, attempt, user: cashier } = await aTillCaller(app);
    const coordinator = await aUser(app, ['coordinator'], 'Chris Coord', '5678');
    const shopper = await aShopper(app);
    await aProduct(app, { socialCents: 1000, stock: 5, barcode: '5400000000011' });
    await call('till:open-shift', { counts: { '5000': 1 } });
    await call('till:scan-card', { code: shopper.card });
    const refused = await call('till:scan-product', { code: '5400000000011' });
    expect(refused.view.refusal?.reason).toBe('budget-exceeded');
    const tryPin = (approverPin: string) =>
      attempt('till:override-line', { approverId: coordinator.id, approverPin, reason: 'family emergency' });
    for (let left = 4; left >= 1; left--) {
      expect(await tryPin('0000')).toMatchObject({
        ok: false,
        error: { reason: 'pin-wrong', details: { attemptsLeft: left } },
      });
    }
    expect(await tryPin('0000')).toMatchObject({ ok: false, error: { reason: 'user-locked' } });
    expect(await tryPin('5678')).toMatchObject({ ok: false, error: { reason: 'user-locked' } });
    expect(await app.db.selectFrom('line_overrides').select('id').execute()).toHaveLength(0);
    const failed = await app.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('action', 'in', ['rules.override-pin-failed', 'auth.lockout'])
      .orderBy('id')
      .execute();
    expect(failed.map((f) => f.action)).toEqual([...Array(4).fill('rules.override-pin-failed'), 'auth.lockout']);
    expect(JSON.parse(failed[0]?.details ?? '{}')).toEqual({ cashierId: cashier.id });
    // The coordinator cannot sign in either until the lock ends.
    const login = await app.dispatcher.call({ channel: 'auth:login', input: { userId: coordinator.id, pin: '5678' } });
    expect(login).toMatchObject({ ok: false, error: { reason: 'user-locked' } });
  });
});
