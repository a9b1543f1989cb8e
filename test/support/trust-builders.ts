// Builders for the trust suites: households with known (findable) names, cards and proxies, and
// sales committed through the real commitSale.
import type { App } from '../../main/app';
import { type CommitLine, type CommittedSale, commitSale } from '../../main/services/checkout/commit';
import { aProduct, aUser } from './builders';

export interface TrustShop {
  cashierId: number;
  products: number[];
  households: { id: number; cardId: number; proxyId: number; lastName: string }[];
  sales: CommittedSale[];
}

/** A household whose names are unusual enough to grep for in the raw file bytes. */
export async function aNamedHousehold(
  app: App,
  options: { lastName: string; enrolledUntil: string; at?: string; municipality?: string },
): Promise<{ id: number; cardId: number; proxyId: number; lastName: string }> {
  const at = options.at ?? app.clock.now().toISOString();
  const search = `zebedeus ${options.lastName.toLowerCase()}`;
  const { id } = await app.db
    .insertInto('households')
    .values({
      postal_code: '9000',
      municipality: options.municipality ?? 'Gent',
      phone: '0470 12 34 56',
      notes: `Note about ${options.lastName}`,
      search_text: search,
      created_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const members = [
    { first: 'Zebedeus', birth: '1971-03-14', ref: 1 },
    { first: 'Philomena', birth: '2012-09-30', ref: 0 },
  ];
  for (const m of members)
    await app.db
      .insertInto('members')
      .values({
        household_id: id,
        is_reference: m.ref,
        first_name: m.first,
        last_name: options.lastName,
        birth_date: m.birth,
        search_name: `${m.first.toLowerCase()} ${options.lastName.toLowerCase()}`,
      })
      .execute();
  const from = `${Number(options.enrolledUntil.slice(0, 4)) - 1}${options.enrolledUntil.slice(4)}`;
  await app.db
    .insertInto('enrolments')
    .values({
      household_id: id,
      valid_from: from,
      valid_until: options.enrolledUntil,
      basis: 'income-check',
      created_at: at,
    })
    .execute();
  const card = await app.db
    .insertInto('cards')
    .values({ household_id: id, number: `049${String(id).padStart(10, '0')}`, issued_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  const proxy = await app.db
    .insertInto('proxies')
    .values({ household_id: id, name: `Proxy ${options.lastName}`, valid_until: options.enrolledUntil })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id, cardId: card.id, proxyId: proxy.id, lastName: options.lastName };
}

/** Sales for each household (card, proxy, cash and card payments) plus one return. */
export async function aShopWithSales(app: App, salesPerHousehold = 4): Promise<TrustShop> {
  const cashier = await aUser(app, ['cashier'], 'Trust cashier');
  const products = [
    await aProduct(app, { socialCents: 120, referenceCents: 250 }),
    await aProduct(app, { socialCents: 75, referenceCents: 180 }),
    await aProduct(app, { socialCents: 0, referenceCents: 200, inBudget: false }),
  ];
  const households = [
    await aNamedHousehold(app, { lastName: 'Quispelaar', enrolledUntil: '2023-06-30' }),
    await aNamedHousehold(app, { lastName: 'Vandermeulebroecke', enrolledUntil: '2026-12-31' }),
  ];
  const sales: CommittedSale[] = [];
  let n = 0;
  for (const h of households) {
    for (let i = 0; i < salesPerHousehold; i++) {
      n++;
      const lines: CommitLine[] = products.map((productId, k) => ({
        productId,
        categoryId: null,
        quantity: 1 + ((n + k) % 3),
        unitPriceCents: [120, 75, 0][k] ?? 0,
        amountCents: ([120, 75, 0][k] ?? 0) * (1 + ((n + k) % 3)),
        referenceCents: ([250, 180, 200][k] ?? 0) * (1 + ((n + k) % 3)),
        vatRate: 6,
        inBudget: k < 2,
        overrideId: null,
      }));
      const total = lines.reduce((s, l) => s + l.amountCents, 0);
      sales.push(
        await commitSale(app.db, {
          tillId: 'till-1',
          kind: 'sale',
          originalSaleId: null,
          shiftId: null,
          householdId: h.id,
          cardId: h.cardId,
          proxyId: i % 2 === 0 ? null : h.proxyId,
          userId: cashier.id,
          at: new Date(Date.parse('2023-01-10T10:00:00Z') + n * 86_400_000),
          periodKey: '2023-01-09',
          ruleSetId: null,
          roundingCents: 0,
          lines,
          payments:
            n % 2 === 0
              ? [{ method: 'card', amountCents: total, tenderedCents: null, changeCents: null }]
              : [
                  { method: 'voucher', amountCents: 100, tenderedCents: null, changeCents: null },
                  { method: 'cash', amountCents: total - 100, tenderedCents: total, changeCents: 100 },
                ],
          receipt: () => ({ household: h.id }),
        }),
      );
    }
  }
  const first = sales[0];
  const h0 = households[0];
  if (first && h0)
    sales.push(
      await commitSale(app.db, {
        tillId: 'till-1',
        kind: 'return',
        originalSaleId: first.saleId,
        shiftId: null,
        householdId: h0.id,
        cardId: h0.cardId,
        proxyId: null,
        userId: cashier.id,
        at: new Date('2023-02-20T10:00:00Z'),
        periodKey: '2023-01-09',
        ruleSetId: null,
        roundingCents: 0,
        lines: [
          {
            productId: products[0] ?? 0,
            categoryId: null,
            quantity: -1,
            unitPriceCents: 120,
            amountCents: -120,
            referenceCents: -250,
            vatRate: 6,
            inBudget: true,
            overrideId: null,
          },
        ],
        payments: [{ method: 'cash', amountCents: -120, tenderedCents: null, changeCents: null }],
        receipt: null,
      }),
    );
  return { cashierId: cashier.id, products, households, sales };
}
