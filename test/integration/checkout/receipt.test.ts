// The receipt a client takes home, through the real till channels and the print queue: social and
// reference prices, what they saved, the VAT breakdown, the budget left and the next appointment, in
// the household's language — and never the surname or the address.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../../main/app';
import { formatMoney } from '../../../main/contract/money';
import { writeSetting } from '../../../main/services/settings';
import { aProduct, aTestApp } from '../../support/builders';
import { aRuleSet } from '../../support/rules-builders';
import { aShopper, aTillCaller } from '../../support/till-builders';

let app: App;
beforeEach(async () => {
  app = await aTestApp();
  await aRuleSet(app, { base: 5000, perAdult: 0, effectiveFrom: '2026-01-01' });
});
afterEach(async () => app.close());

type Item = { kind: string; text?: string; left?: string; right?: string; data?: string };
const receiptItems = async (): Promise<Item[]> => {
  const job = await app.db
    .selectFrom('print_jobs')
    .select('payload')
    .where('kind', '=', 'receipt')
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  const doc = JSON.parse(job.payload) as { items?: Item[] } | Item[];
  return Array.isArray(doc) ? doc : (doc.items ?? []);
};
const row = (items: Item[], left: RegExp) => items.find((i) => i.kind === 'columns' && left.test(i.left ?? ''));

describe('the receipt', () => {
  it('is in the household language with prices, savings, VAT, budget left and next appointment; no surname or address', async () => {
    await writeSetting(app.db, 'vatLiable', true);
    const { householdId, card } = await aShopper(app);
    await app.db
      .updateTable('households')
      .set({ language: 'fr', postal_code: '9050', municipality: 'Ledeberg', phone: '0470123456' })
      .where('id', '=', householdId)
      .execute();
    await app.db
      .updateTable('members')
      .set({ last_name: 'Vandenbroucke' })
      .where('household_id', '=', householdId)
      .execute();
    const now = app.clock.now();
    const next = new Date(now.getTime() + 7 * 86_400_000);
    await app.db
      .insertInto('appointments')
      .values({
        household_id: householdId,
        slot_start: next.toISOString(),
        slot_end: new Date(next.getTime() + 900_000).toISOString(),
        status: 'booked',
        created_at: now.toISOString(),
      })
      .execute();
    await aProduct(app, {
      socialCents: 1000,
      referenceCents: 2500,
      vat: 6,
      barcode: '5400000000011',
      nameNl: 'Rijst',
      nameFr: 'Riz',
    });
    await aProduct(app, {
      socialCents: 200,
      referenceCents: 450,
      vat: 21,
      inBudget: false,
      barcode: '5400000000028',
      nameNl: 'Zeep',
      nameFr: 'Savon',
    });
    // The cashier works in Dutch; the receipt follows the household (French).
    const { call } = await aTillCaller(app);
    await call('till:open-shift', { counts: { '1000': 5 } });
    await call('till:scan-card', { code: card });
    await call('till:scan-product', { code: '5400000000011' });
    await call('till:scan-product', { code: '5400000000011' });
    await call('till:scan-product', { code: '5400000000028' });
    const paid = await call('till:pay', { tenders: [{ method: 'cash', tenderedCents: 2500 }] });

    const items = await receiptItems();
    // The sale's number, which a return asks for, in words and as a barcode.
    expect(items.some((i) => i.kind === 'text' && i.text?.endsWith(`till-1 #${paid.number}`))).toBe(true);
    expect(items).toContainEqual({ kind: 'barcode', data: String(paid.number) });
    const text = JSON.stringify(items);
    const fr = (c: number) => formatMoney(c, 'fr');
    expect(text).toContain('Member0');
    expect(row(items, /Riz/)?.right).toBe(fr(2000));
    expect(row(items, /Savon/)?.right).toBe(fr(200));
    // Each line's shop price right under it.
    const riz = items.findIndex((i) => /Riz/.test(i.left ?? ''));
    expect(items[riz + 1]).toMatchObject({ left: '  prix magasin', right: fr(5000) });
    const savon = items.findIndex((i) => /Savon/.test(i.left ?? ''));
    expect(items[savon + 1]).toMatchObject({ left: '  prix magasin', right: fr(450) });
    expect(text).toContain(fr(2 * 2500 + 450));
    expect(row(items, /Vous avez économisé/)?.right).toBe(fr(5450 - 2200));
    expect(row(items, /TVA 6%/)).toBeDefined();
    expect(row(items, /TVA 21%/)).toBeDefined();
    // Budget 50,00 minus the 20,00 of rice (the soap is outside the budget).
    expect(row(items, /Budget restant/)?.right).toBe(fr(3000));
    expect(row(items, /Prochain rendez-vous/)?.right).toMatch(/\d/);
    expect(text).not.toMatch(/Rijst|Zeep|Bespaard|btw/i);
    for (const secret of ['Vandenbroucke', 'Test', 'Ledeberg', '9050', '0470123456'])
      expect(text).not.toContain(secret);
  });
});
