// Stock movements: each one a row with user and reason, and products.stock_quantity moved by the
// same amount in the same BEGIN IMMEDIATE transaction, so stock is always the sum of movements.
// A refused movement throws before anything is written.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { immediateTransaction } from '../../../db/transaction';
import { invalidFields, notFound } from '../../api/errors';
import type { StockMovement } from '../../contract/stock';
import { checkReceive, checkWriteOff, parseQuantity, type ReceiveInput, stockTake } from '../../domain/stock-movement';
import { audit } from '../audit';

interface Context {
  readonly now: Date;
  readonly userId: number | null;
}

async function productForUpdate(trx: Kysely<DB>, productId: number) {
  const row = await trx
    .selectFrom('products')
    .select(['id', 'unit', 'stock_quantity'])
    .where('id', '=', productId)
    .executeTakeFirst();
  if (!row) throw notFound('product');
  return row;
}

async function move(
  trx: Kysely<DB>,
  productId: number,
  quantity: number,
  movement: {
    kind: 'received' | 'counted' | 'written-off';
    reason: string;
    source?: 'donation' | 'purchase';
    supplier?: string;
    costCents?: number | null;
    bestBefore?: string | null;
  },
  context: Context,
): Promise<number> {
  await trx
    .insertInto('stock_movements')
    .values({
      product_id: productId,
      at: context.now.toISOString(),
      user_id: context.userId,
      kind: movement.kind,
      quantity,
      source: movement.source ?? null,
      supplier: movement.supplier ?? null,
      cost_cents: movement.costCents ?? null,
      best_before: movement.bestBefore ?? null,
      reason: movement.reason,
    })
    .execute();
  const row = await trx
    .updateTable('products')
    .set((eb) => ({ stock_quantity: eb('stock_quantity', '+', quantity) }))
    .where('id', '=', productId)
    .returning('stock_quantity')
    .executeTakeFirstOrThrow();
  return row.stock_quantity;
}

export async function receiveStock(
  db: Kysely<DB>,
  productId: number,
  input: ReceiveInput,
  context: Context,
): Promise<{ stockQuantity: number }> {
  const stockQuantity = await immediateTransaction(db, async (trx) => {
    const product = await productForUpdate(trx, productId);
    const checked = checkReceive(input, product.unit);
    if (!checked.ok) throw invalidFields(checked.errors);
    const v = checked.values;
    return move(
      trx,
      productId,
      v.quantity,
      {
        kind: 'received',
        reason: v.source,
        source: v.source,
        supplier: v.supplier,
        costCents: v.costCents,
        bestBefore: v.bestBefore,
      },
      context,
    );
  });
  await audit(db, {
    at: context.now,
    userId: context.userId,
    action: 'stock.receive',
    entity: 'product',
    entityId: productId,
  });
  return { stockQuantity };
}

export async function countStock(
  db: Kysely<DB>,
  productId: number,
  countedText: string,
  context: Context,
): Promise<{ expected: number; counted: number; variance: number; stockQuantity: number }> {
  const result = await immediateTransaction(db, async (trx) => {
    const product = await productForUpdate(trx, productId);
    const counted = parseQuantity(countedText, product.unit, true);
    if (counted === undefined) throw invalidFields([{ path: 'counted', code: 'bad-quantity' }]);
    const expected = product.stock_quantity;
    const { variance } = stockTake(expected, counted);
    // A count that matches is still recorded: it is the proof the shelf was checked that day.
    const stockQuantity = await move(trx, productId, variance, { kind: 'counted', reason: 'stock-take' }, context);
    return { expected, counted, variance, stockQuantity };
  });
  await audit(db, {
    at: context.now,
    userId: context.userId,
    action: 'stock.count',
    entity: 'product',
    entityId: productId,
    details: { expected: result.expected, counted: result.counted, variance: result.variance },
  });
  return result;
}

export async function writeOffStock(
  db: Kysely<DB>,
  productId: number,
  quantityText: string,
  reason: 'expired' | 'damaged',
  context: Context,
): Promise<{ stockQuantity: number }> {
  const stockQuantity = await immediateTransaction(db, async (trx) => {
    const product = await productForUpdate(trx, productId);
    const checked = checkWriteOff(quantityText, product.unit, product.stock_quantity);
    if (!checked.ok) throw invalidFields(checked.errors);
    return move(trx, productId, -checked.quantity, { kind: 'written-off', reason }, context);
  });
  await audit(db, {
    at: context.now,
    userId: context.userId,
    action: 'stock.write-off',
    entity: 'product',
    entityId: productId,
  });
  return { stockQuantity };
}

export async function listMovements(db: Kysely<DB>, productId: number, limit: number): Promise<StockMovement[]> {
  const rows = await db
    .selectFrom('stock_movements')
    .leftJoin('users', 'users.id', 'stock_movements.user_id')
    .select([
      'stock_movements.id',
      'stock_movements.at',
      'users.name as userName',
      'stock_movements.kind',
      'stock_movements.quantity',
      'stock_movements.source',
      'stock_movements.supplier',
      'stock_movements.cost_cents',
      'stock_movements.best_before',
      'stock_movements.reason',
    ])
    .where('stock_movements.product_id', '=', productId)
    .orderBy('stock_movements.at', 'desc')
    .orderBy('stock_movements.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    userName: r.userName,
    kind: r.kind,
    quantity: r.quantity,
    source: r.source,
    supplier: r.supplier,
    costCents: r.cost_cents,
    bestBefore: r.best_before,
    reason: r.reason,
  }));
}
