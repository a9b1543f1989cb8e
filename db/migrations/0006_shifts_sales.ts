import { type Kysely, sql } from 'kysely';
import { timestamp, withId } from './portable';

// Shifts, sales (and returns, which are sales of kind 'return' linked to the original), their
// lines, payments, line overrides and the budget ledger. Sales are never edited after commit.
export async function up(db: Kysely<unknown>): Promise<void> {
  await withId(db, db.schema.createTable('shifts'))
    .addColumn('till_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('opened_at', timestamp, (c) => c.notNull())
    .addColumn('float_cents', 'integer', (c) => c.notNull())
    .addColumn('float_counts', 'text', (c) => c.notNull())
    .addColumn('closed_at', timestamp)
    .addColumn('counted_cents', 'integer')
    .addColumn('counted_counts', 'text')
    .addColumn('expected_cents', 'integer')
    .addColumn('variance_cents', 'integer')
    .addColumn('z_report', 'text')
    .execute();
  await db.schema.createIndex('shifts_till').on('shifts').columns(['till_id', 'opened_at']).execute();
  await withId(db, db.schema.createTable('sales'))
    .addColumn('till_id', 'text', (c) => c.notNull())
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('sale', 'return')`))
    .addColumn('original_sale_id', 'integer', (c) => c.references('sales.id'))
    .addColumn('shift_id', 'integer', (c) => c.references('shifts.id'))
    .addColumn('household_id', 'integer', (c) => c.references('households.id'))
    .addColumn('card_id', 'integer', (c) => c.references('cards.id'))
    .addColumn('proxy_id', 'integer', (c) => c.references('proxies.id'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('at', timestamp, (c) => c.notNull())
    .addColumn('period_key', 'text')
    .addColumn('rule_set_id', 'integer')
    .addColumn('total_cents', 'integer', (c) => c.notNull())
    .addColumn('budget_cents', 'integer', (c) => c.notNull())
    .addColumn('reference_cents', 'integer', (c) => c.notNull())
    .addColumn('rounding_cents', 'integer', (c) => c.notNull().defaultTo(0))
    .addUniqueConstraint('sales_till_number', ['till_id', 'number'])
    .execute();
  await db.schema.createIndex('sales_at').on('sales').columns(['at']).execute();
  await db.schema.createIndex('sales_household').on('sales').columns(['household_id', 'at']).execute();
  await withId(db, db.schema.createTable('line_overrides'))
    .addColumn('at', timestamp, (c) => c.notNull())
    .addColumn('approver_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('cashier_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('household_id', 'integer', (c) => c.references('households.id'))
    .addColumn('product_id', 'integer', (c) => c.references('products.id'))
    .addColumn('refusal', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .execute();
  await withId(db, db.schema.createTable('sale_lines'))
    .addColumn('sale_id', 'integer', (c) => c.notNull().references('sales.id'))
    .addColumn('line_no', 'integer', (c) => c.notNull())
    .addColumn('product_id', 'integer', (c) => c.notNull().references('products.id'))
    .addColumn('category_id', 'integer')
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addColumn('unit_price_cents', 'integer', (c) => c.notNull())
    .addColumn('amount_cents', 'integer', (c) => c.notNull())
    .addColumn('reference_cents', 'integer', (c) => c.notNull())
    .addColumn('vat_rate', 'integer', (c) => c.notNull())
    .addColumn('in_budget', 'integer', (c) => c.notNull())
    .addColumn('override_id', 'integer', (c) => c.references('line_overrides.id'))
    .addUniqueConstraint('sale_lines_no', ['sale_id', 'line_no'])
    .execute();
  await db.schema.createIndex('sale_lines_product').on('sale_lines').columns(['product_id']).execute();
  await withId(db, db.schema.createTable('payments'))
    .addColumn('sale_id', 'integer', (c) => c.notNull().references('sales.id'))
    .addColumn('method', 'text', (c) => c.notNull().check(sql`method in ('cash', 'card', 'voucher', 'account')`))
    .addColumn('amount_cents', 'integer', (c) => c.notNull())
    .addColumn('tendered_cents', 'integer')
    .addColumn('change_cents', 'integer')
    .execute();
  await db.schema.createIndex('payments_sale').on('payments').columns(['sale_id']).execute();
  await withId(db, db.schema.createTable('budget_ledger'))
    .addColumn('household_id', 'integer', (c) => c.notNull().references('households.id'))
    .addColumn('sale_id', 'integer', (c) => c.notNull().references('sales.id'))
    .addColumn('period_key', 'text', (c) => c.notNull())
    .addColumn('amount_cents', 'integer', (c) => c.notNull())
    .addColumn('at', timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('budget_ledger_period')
    .on('budget_ledger')
    .columns(['household_id', 'period_key'])
    .execute();
}
