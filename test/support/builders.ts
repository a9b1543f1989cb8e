// Builders for integration tests: a real SQLite file, real services, a fixed clock.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Clock, fixedClock } from '../../main/api/clock';
import { type App, createApp } from '../../main/app';
import type { Role } from '../../main/contract/define';
import { hashPin, testOnlyPinHashCost } from '../../main/services/pin-hash';
import { insertUser } from '../../main/services/users-repo';

export function tempDbPath(prefix = 'till-test-'): string {
  return join(mkdtempSync(join(tmpdir(), prefix)), 'till.db');
}

export async function aTestApp(options: { clock?: Clock; dbPath?: string } = {}): Promise<App> {
  return createApp({
    dbPath: options.dbPath ?? tempDbPath(),
    clock: options.clock ?? fixedClock('2026-11-24T09:30:00Z'),
    pinHashCost: testOnlyPinHashCost,
  });
}

export async function aUser(app: App, roles: Role[] = ['cashier'], name = `User ${roles.join('+')}`, pin = '1234') {
  const id = await insertUser(app.db, {
    name,
    roles,
    pinHash: await hashPin(pin, testOnlyPinHashCost),
    language: 'nl',
    createdAt: app.clock.now(),
  });
  return { id, name, pin };
}

/** Signs a user in through the real dispatcher and returns their session token. */
export async function signIn(app: App, userId: number, pin = '1234'): Promise<string> {
  const result = await app.dispatcher.call({ channel: 'auth:login', input: { userId, pin } });
  if (!result.ok) throw new Error(`sign-in failed: ${result.error.message}`);
  return (result.value as { session: string }).session;
}

let productSeq = 0;
export async function aProduct(
  app: App,
  overrides: Partial<{
    socialCents: number;
    referenceCents: number;
    vat: number;
    inBudget: boolean;
    unit: 'piece' | 'kg';
    stock: number;
    nameNl: string;
    nameFr: string;
    barcode: string;
  }> = {},
) {
  productSeq++;
  const now = app.clock.now().toISOString();
  const { id } = await app.db
    .insertInto('products')
    .values({
      barcode: overrides.barcode ?? `2000000${String(productSeq).padStart(5, '0')}0`,
      name_nl: overrides.nameNl ?? `Product ${productSeq}`,
      name_fr: overrides.nameFr ?? `Produit ${productSeq}`,
      unit: overrides.unit ?? 'piece',
      social_price_cents: overrides.socialCents ?? 150,
      reference_price_cents: overrides.referenceCents ?? 300,
      vat_rate: overrides.vat ?? 6,
      in_budget: overrides.inBudget === false ? 0 : 1,
      stock_quantity: overrides.stock ?? 100,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function aHousehold(app: App, birthDates: string[] = ['1980-05-01'], postal = '9000') {
  const now = app.clock.now().toISOString();
  const { id } = await app.db
    .insertInto('households')
    .values({ postal_code: postal, municipality: 'Gent', created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const [i, birth] of birthDates.entries()) {
    await app.db
      .insertInto('members')
      .values({
        household_id: id,
        is_reference: i === 0 ? 1 : 0,
        first_name: `Member${i}`,
        last_name: 'Test',
        birth_date: birth,
      })
      .execute();
  }
  return id;
}
