// The till's list of receipts waiting for the printer names each by its sale number (what the
// cashier and the client know), not by the print job's id.
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { App } from '../../../main/app';
import { aProduct, aTestApp } from '../../support/builders';
import { aRuleSet } from '../../support/rules-builders';
import { aTillCaller } from '../../support/till-builders';

let app: App;
beforeEach(async () => {
  app = await aTestApp();
  await aRuleSet(app, { base: 5000 });
});
afterEach(async () => app.close());

it('gives each waiting receipt its sale number', async () => {
  const till = await aTillCaller(app);
  await aProduct(app, { socialCents: 500, inBudget: false, barcode: '5400000000011' });
  // An earlier job (a test print) so the receipt's job id and its sale number differ.
  await app.db
    .insertInto('print_jobs')
    .values({ created_at: app.clock.now().toISOString(), kind: 'test', payload: '{}', sale_id: null })
    .execute();
  await till.call('till:open-shift', { counts: { '5000': 1 } });
  await till.call('till:scan-product', { code: '5400000000011' });
  const paid = await till.call('till:pay', { tenders: [{ method: 'cash' }] });
  const waiting = await till.call('print:list-waiting', {});
  const receipt = waiting.find((j) => j.kind === 'receipt');
  expect(receipt?.id).toBe(paid.printJobId);
  expect(paid.printJobId).not.toBe(paid.number);
  expect(receipt?.saleNumber).toBe(paid.number);
  expect(waiting.find((j) => j.kind === 'test')?.saleNumber).toBeNull();
});
