// Stock through the dispatcher: after any series of movements the product's stock is the sum of
// its movements; a refused movement writes nothing (no row, no stock change, no audit entry).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../main/app';
import { aProduct, aTestApp, aUser, signIn } from '../../support/builders';

describe('stock movements', () => {
  let app: App;
  let session: string;
  let userId: number;
  const call = (channel: string, input: unknown) => app.dispatcher.call({ channel, input, session });
  const stockOf = async (id: number) =>
    (await app.db.selectFrom('products').select('stock_quantity').where('id', '=', id).executeTakeFirstOrThrow())
      .stock_quantity;
  const sumOf = async (id: number) =>
    (await app.db.selectFrom('stock_movements').select('quantity').where('product_id', '=', id).execute()).reduce(
      (sum, row) => sum + row.quantity,
      0,
    );
  const snapshot = async () => ({
    movements: await app.db.selectFrom('stock_movements').selectAll().execute(),
    products: await app.db.selectFrom('products').select(['id', 'stock_quantity']).execute(),
    audit: (await app.db.selectFrom('audit_log').select('id').execute()).length,
  });

  beforeAll(async () => {
    app = await aTestApp();
    const coordinator = await aUser(app, ['coordinator'], 'Anna Coördinator');
    userId = coordinator.id;
    session = await signIn(app, coordinator.id);
  });
  afterAll(async () => app?.close());

  it('keeps stock equal to the sum of receive, stock-take and write-off movements, each with user and reason', async () => {
    const rice = await aProduct(app, { stock: 0, nameNl: 'Rijst' });
    const moves = [
      ['products:receive-stock', { productId: rice, quantity: '24', source: 'donation', supplier: 'Voedselbank' }],
      [
        'products:receive-stock',
        {
          productId: rice,
          quantity: '12',
          source: 'purchase',
          supplier: 'Colruyt',
          cost: '9,60',
          bestBefore: '30/11/2026',
        },
      ],
      ['products:write-off-stock', { productId: rice, quantity: '3', reason: 'damaged' }],
      ['products:count-stock', { productId: rice, counted: '30' }],
      ['products:write-off-stock', { productId: rice, quantity: '2', reason: 'expired' }],
    ] as const;
    for (const [channel, input] of moves) {
      const result = await call(channel, input);
      expect(result.ok, JSON.stringify(result)).toBe(true);
    }
    expect(await stockOf(rice)).toBe(28);
    expect(await sumOf(rice)).toBe(28);
    const rows = await app.db
      .selectFrom('stock_movements')
      .selectAll()
      .where('product_id', '=', rice)
      .orderBy('id')
      .execute();
    expect(rows.map((r) => [r.kind, r.quantity, r.reason])).toEqual([
      ['received', 24, 'donation'],
      ['received', 12, 'purchase'],
      ['written-off', -3, 'damaged'],
      ['counted', -3, 'stock-take'],
      ['written-off', -2, 'expired'],
    ]);
    expect(rows.every((r) => r.user_id === userId)).toBe(true);
    expect(rows[1]).toMatchObject({
      supplier: 'Colruyt',
      cost_cents: 960,
      best_before: '2026-11-30',
      source: 'purchase',
    });
  });

  it('reports the stock-take variance against the expected stock', async () => {
    const soap = await aProduct(app, { stock: 0 });
    await call('products:receive-stock', { productId: soap, quantity: '10', source: 'donation', supplier: 'Buurt' });
    const result = await call('products:count-stock', { productId: soap, counted: '7' });
    expect(result.ok && result.value).toEqual({ expected: 10, counted: 7, variance: -3, stockQuantity: 7 });
  });

  it('weighs kg products in grams', async () => {
    const cheese = await aProduct(app, { stock: 0, unit: 'kg' });
    await call('products:receive-stock', {
      productId: cheese,
      quantity: '2,5',
      source: 'purchase',
      supplier: 'Kaasboer',
    });
    await call('products:write-off-stock', { productId: cheese, quantity: '0.25', reason: 'damaged' });
    expect(await stockOf(cheese)).toBe(2250);
    expect(await sumOf(cheese)).toBe(2250);
  });

  it.each([
    [
      'a zero quantity',
      'products:receive-stock',
      { quantity: '0', source: 'donation', supplier: 'X' },
      'quantity',
      'bad-quantity',
    ],
    [
      'no supplier',
      'products:receive-stock',
      { quantity: '5', source: 'purchase', supplier: ' ' },
      'supplier',
      'missing-supplier',
    ],
    [
      'an impossible date',
      'products:receive-stock',
      { quantity: '5', source: 'donation', supplier: 'X', bestBefore: '31/02/2027' },
      'bestBefore',
      'bad-date',
    ],
    [
      'a bad cost',
      'products:receive-stock',
      { quantity: '5', source: 'purchase', supplier: 'X', cost: '-2' },
      'cost',
      'bad-cost',
    ],
    [
      'more than in stock',
      'products:write-off-stock',
      { quantity: '500', reason: 'expired' },
      'quantity',
      'not-enough-stock',
    ],
    [
      'a negative write-off',
      'products:write-off-stock',
      { quantity: '-1', reason: 'damaged' },
      'quantity',
      'bad-quantity',
    ],
    ['a fractional piece count', 'products:count-stock', { counted: '2,5' }, 'counted', 'bad-quantity'],
  ] as const)('writes nothing for %s', async (_name, channel, input, path, code) => {
    const productId = await aProduct(app, { stock: 0 });
    await call('products:receive-stock', { productId, quantity: '4', source: 'donation', supplier: 'Y' });
    const before = await snapshot();
    const result = await call(channel, { productId, ...input });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.fields).toEqual([{ path, code }]);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses an unknown product without writing', async () => {
    const before = await snapshot();
    const result = await call('products:write-off-stock', { productId: 99_999, quantity: '1', reason: 'expired' });
    expect(!result.ok && result.error.code).toBe('not-found');
    expect(await snapshot()).toEqual(before);
  });

  it('lists low stock, the stock value and batches near their best-before date', async () => {
    const milk = await aProduct(app, { stock: 0, nameNl: 'Melk', socialCents: 50, referenceCents: 100 });
    await app.db.updateTable('products').set({ low_stock_threshold: 5 }).where('id', '=', milk).execute();
    await call('products:receive-stock', {
      productId: milk,
      quantity: '4',
      source: 'purchase',
      supplier: 'Zuivel NV',
      cost: '2,00',
      bestBefore: '2026-11-27',
    });
    const result = await call('products:stock-overview', { days: 7 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const overview = result.value as {
      lowStock: { productId: number; threshold: number; stockQuantity: number }[];
      nearBestBefore: { productId: number; bestBefore: string }[];
      value: { socialCents: number; referenceCents: number; costCents: number };
    };
    expect(overview.lowStock).toEqual([expect.objectContaining({ productId: milk, stockQuantity: 4, threshold: 5 })]);
    expect(overview.nearBestBefore).toContainEqual(
      expect.objectContaining({ productId: milk, bestBefore: '2026-11-27' }),
    );
    // The rice batch (30/11) is near too, but it was written off as expired afterwards.
    expect(overview.nearBestBefore.map((b) => b.bestBefore)).not.toContain('2026-11-30');
    const products = await app.db
      .selectFrom('products')
      .select(['stock_quantity', 'social_price_cents', 'unit'])
      .execute();
    const social = products.reduce(
      (sum, p) =>
        sum +
        (p.stock_quantity <= 0
          ? 0
          : p.unit === 'kg'
            ? Math.round((p.social_price_cents * p.stock_quantity) / 1000)
            : p.social_price_cents * p.stock_quantity),
      0,
    );
    expect(overview.value.socialCents).toBe(social);
    // Cost known for rice (9,60 for 12 → 0,80 a unit × 28), cheese (none) and milk (2,00 for 4 × 4).
    expect(overview.value.costCents).toBe(28 * 80 + 200);
  });
});
