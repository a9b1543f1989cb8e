// Shelf labels go through the print queue like receipts and the Z report: one job of kind
// 'labels', one cut piece per product, decoded here by the printer emulator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeReceipt } from '../../../hardware/printer/escpos-encoder';
import { receiptDocumentSchema } from '../../../hardware/printer/receipt-document';
import type { App } from '../../../main/app';
import { aProduct, aTestApp } from '../../support/builders';
import { emulate } from '../../support/printer-emulator/emulator';
import { aTillCaller } from '../../support/till-builders';

let app: App;
beforeAll(async () => {
  app = await aTestApp();
});
afterAll(async () => app?.close());

describe('print:shelf-labels', () => {
  it('queues one labels job with a cut label per product, in the order asked, in the user language', async () => {
    const rice = await aProduct(app, {
      nameNl: 'Rijst 5 kg',
      nameFr: 'Riz 5 kg',
      socialCents: 1000,
      barcode: '5400000000011',
    });
    const cheese = await aProduct(app, { nameNl: 'Kaas', nameFr: 'Fromage', socialCents: 1250, unit: 'kg' });
    const { call } = await aTillCaller(app, ['coordinator'], 'Chloé Coordinatrice');
    await call('auth:set-language', { language: 'fr' });
    const { jobId } = await call('print:shelf-labels', { productIds: [cheese, rice] });

    const job = await app.db.selectFrom('print_jobs').selectAll().where('id', '=', jobId).executeTakeFirstOrThrow();
    expect(job.kind).toBe('labels');
    expect(job.status).toBe('pending');
    const document = receiptDocumentSchema.parse(JSON.parse(job.payload));
    const printed = emulate([encodeReceipt(document, { columns: 32, codePage: 'cp858' })]);
    expect(printed.receipts).toHaveLength(2);
    expect(printed.receipts[0]?.lines.map((l) => l.trim()).filter(Boolean)).toEqual(['Fromage', '12,50 € le kg']);
    expect(printed.receipts[1]?.lines.map((l) => l.trim())).toContain('Riz 5 kg');
    expect(printed.receipts[1]?.barcodes).toEqual(['5400000000011']);
  });

  it('refuses unknown products and cashiers, and queues nothing', async () => {
    const before = await app.db
      .selectFrom('print_jobs')
      .select(app.db.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const { attempt } = await aTillCaller(app, ['coordinator'], 'Co Two');
    expect(await attempt('print:shelf-labels', { productIds: [99_999] })).toMatchObject({
      ok: false,
      error: { reason: 'product-not-found' },
    });
    const cashier = await aTillCaller(app, ['cashier'], 'Ca Three');
    expect(await cashier.attempt('print:shelf-labels', { productIds: [1] })).toMatchObject({ ok: false });
    const after = await app.db
      .selectFrom('print_jobs')
      .select(app.db.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });
});
