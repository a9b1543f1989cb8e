import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../../main/app';
import { overrideLine } from '../../../main/services/rules/override';
import { aHousehold, aProduct, aTestApp, aUser } from '../../support/builders';

let app: App | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

describe('overrideLine', () => {
  it('needs a coordinator PIN, writes one row and an audit entry, and locks after 5 wrong tries', async () => {
    app = await aTestApp();
    const cashier = await aUser(app, ['cashier'], 'Cashier');
    const coordinator = await aUser(app, ['coordinator'], 'Coordinator', '4321');
    const householdId = await aHousehold(app);
    const productId = await aProduct(app);
    const base = {
      cashierId: cashier.id,
      householdId,
      productId,
      refusal: 'item-limit' as const,
      reason: 'twins',
      now: app.clock.now(),
    };
    await expect(
      overrideLine(app.db, { ...base, approverUserId: cashier.id, approverPin: '1234' }),
    ).rejects.toMatchObject({ reason: 'approver-not-coordinator' });
    const id = await overrideLine(app.db, { ...base, approverUserId: coordinator.id, approverPin: '4321' });
    const row = await app.db.selectFrom('line_overrides').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      approver_id: coordinator.id,
      cashier_id: cashier.id,
      refusal: 'item-limit',
      reason: 'twins',
    });
    const audited = await app.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'rules.line-override')
      .execute();
    expect(audited).toHaveLength(1);
    for (let i = 1; i <= 4; i++)
      await expect(
        overrideLine(app.db, { ...base, approverUserId: coordinator.id, approverPin: '0000' }),
      ).rejects.toMatchObject({ reason: 'pin-wrong' });
    await expect(
      overrideLine(app.db, { ...base, approverUserId: coordinator.id, approverPin: '0000' }),
    ).rejects.toMatchObject({ reason: 'user-locked' });
    await expect(
      overrideLine(app.db, { ...base, approverUserId: coordinator.id, approverPin: '4321' }),
    ).rejects.toMatchObject({ reason: 'user-locked' });
    await expect(
      overrideLine(app.db, { ...base, refusal: 'not-eligible', approverUserId: coordinator.id, approverPin: '4321' }),
    ).rejects.toMatchObject({ reason: 'not-overridable' });
    expect(await app.db.selectFrom('line_overrides').select('id').execute()).toHaveLength(1);
  });
});
