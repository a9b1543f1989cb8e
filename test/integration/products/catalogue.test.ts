// The coordinator's catalogue through the dispatcher: field-level refusals write nothing, a price
// change is kept with date and user, the search is accent-insensitive, shelf labels are a real PDF.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../main/app';
import { withCheckDigit } from '../../../main/contract/barcode';
import { aTestApp, aUser, signIn } from '../../support/builders';
import { screenshotPath } from '../../support/screenshots';

const form = {
  code: withCheckDigit('541234500001'),
  nameNl: 'Crème fraîche',
  nameFr: 'Crème fraîche épaisse',
  categoryId: null,
  unit: 'piece' as const,
  socialPrice: '1,25',
  referencePrice: '2,49',
  vatRate: 6,
  inBudget: true,
  active: true,
};

describe('catalogue channels', () => {
  let app: App;
  let session: string;
  let cashier: string;
  let coordinatorId: number;
  const call = (channel: string, input: unknown, as = session) => app.dispatcher.call({ channel, input, session: as });

  beforeAll(async () => {
    app = await aTestApp();
    const coordinator = await aUser(app, ['coordinator'], 'Anna Coördinator');
    coordinatorId = coordinator.id;
    session = await signIn(app, coordinator.id);
    cashier = await signIn(app, (await aUser(app, ['cashier'], 'Kees Kassa')).id);
  });
  afterAll(async () => app?.close());

  it('refuses a bad check digit, a missing name, a bad price and an unknown VAT rate field by field, writing nothing', async () => {
    const bad = { ...form, code: '5412345000019', nameFr: ' ', socialPrice: 'twee', referencePrice: '-1', vatRate: 7 };
    const good = withCheckDigit('541234500001');
    expect(bad.code).not.toBe(good);
    const result = await call('products:save-product', { productId: null, form: bad });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.fields).toEqual([
      { path: 'code', code: 'bad-check-digit' },
      { path: 'nameFr', code: 'missing-name' },
      { path: 'socialPrice', code: 'bad-price' },
      { path: 'referencePrice', code: 'negative-price' },
      { path: 'vatRate', code: 'unknown-vat' },
    ]);
    expect(await app.db.selectFrom('products').select('id').execute()).toEqual([]);
  });

  it('is the coordinator’s: a cashier may not save a product', async () => {
    const result = await call('products:save-product', { productId: null, form }, cashier);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('forbidden');
  });

  it('creates, finds without accents, and keeps each price change with date and user', async () => {
    const created = await call('products:save-product', { productId: null, form });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const { productId } = created.value as { productId: number };
    const found = await call('products:list-catalogue', { query: 'CREME fraiche' });
    expect(found.ok && (found.value as { id: number }[]).map((p) => p.id)).toEqual([productId]);
    // Same prices: no price change recorded.
    await call('products:save-product', { productId, form: { ...form, nameNl: 'Verse room' } });
    const changed = await call('products:save-product', { productId, form: { ...form, socialPrice: '1.40' } });
    expect(changed.ok && changed.value).toEqual({ productId, priceChanged: true });
    const opened = await call('products:get-product', { productId });
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    const value = opened.value as { product: { socialPriceCents: number }; priceHistory: unknown[] };
    expect(value.product.socialPriceCents).toBe(140);
    expect(value.priceHistory).toEqual([
      expect.objectContaining({ userName: 'Anna Coördinator', oldSocialCents: 125, newSocialCents: 140 }),
      expect.objectContaining({ oldSocialCents: null, newSocialCents: 125, newReferenceCents: 249 }),
    ]);
    const rows = await app.db.selectFrom('price_changes').select(['user_id', 'at']).execute();
    expect(rows.every((r) => r.user_id === coordinatorId && r.at === '2026-11-24T09:30:00.000Z')).toBe(true);
  });

  it('refuses a code another product has', async () => {
    const result = await call('products:save-product', { productId: null, form: { ...form, nameNl: 'Kopie' } });
    expect(!result.ok && result.error.fields).toEqual([{ path: 'code', code: 'code-in-use' }]);
  });

  it('renders shelf labels as an A4 PDF whose text names the products and prices', async () => {
    const store = await call('products:save-product', {
      productId: null,
      form: { ...form, code: 'APPEL1', nameNl: 'Appels Jonagold', nameFr: 'Pommes Jonagold', unit: 'kg' },
    });
    const ids = (await app.db.selectFrom('products').select('id').orderBy('id').execute()).map((r) => r.id);
    expect(store.ok).toBe(true);
    const result = await call('products:labels-pdf', { productIds: ids });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const pdf = screenshotPath('products-labels.pdf');
    writeFileSync(pdf, Buffer.from((result.value as { pdfBase64: string }).pdfBase64, 'base64'));
    expect(execFileSync('pdfinfo', [pdf]).toString()).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
    expect(text).toContain('Crème fraîche');
    expect(text).toContain('Appels Jonagold');
    expect(text).toMatch(/€ 1,40/);
    expect(text).toMatch(/Winkelprijs: € 2,49\/kg/);
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, pdf.replace(/\.pdf$/, '')]);
  });
});
