import { type Kysely, sql } from 'kysely';
import { timestamp, withId } from './portable';

// Products, their categories and the history of price changes. Quantities of a product sold by
// weight are grams; of a piece, units. Prices include VAT, in cents.
export async function up(db: Kysely<unknown>): Promise<void> {
  await withId(db, db.schema.createTable('categories'))
    .addColumn('name_nl', 'text', (c) => c.notNull())
    .addColumn('name_fr', 'text', (c) => c.notNull())
    .addColumn('in_budget', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await withId(db, db.schema.createTable('products'))
    .addColumn('barcode', 'text', (c) => c.unique())
    .addColumn('store_code', 'text', (c) => c.unique())
    .addColumn('name_nl', 'text', (c) => c.notNull())
    .addColumn('name_fr', 'text', (c) => c.notNull())
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('category_id', 'integer', (c) => c.references('categories.id'))
    .addColumn('unit', 'text', (c) => c.notNull().defaultTo('piece').check(sql`unit in ('piece', 'kg')`))
    .addColumn('social_price_cents', 'integer', (c) => c.notNull().check(sql`social_price_cents >= 0`))
    .addColumn('reference_price_cents', 'integer', (c) => c.notNull().check(sql`reference_price_cents >= 0`))
    .addColumn('vat_rate', 'integer', (c) => c.notNull().check(sql`vat_rate in (0, 6, 12, 21)`))
    .addColumn('in_budget', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('stock_quantity', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('quick_key', 'integer')
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .addCheckConstraint('products_code', sql`barcode is not null or store_code is not null`)
    .execute();
  await db.schema.createIndex('products_category').on('products').columns(['category_id']).execute();
  await withId(db, db.schema.createTable('price_changes'))
    .addColumn('product_id', 'integer', (c) => c.notNull().references('products.id'))
    .addColumn('at', timestamp, (c) => c.notNull())
    .addColumn('user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('old_social_cents', 'integer')
    .addColumn('new_social_cents', 'integer', (c) => c.notNull())
    .addColumn('old_reference_cents', 'integer')
    .addColumn('new_reference_cents', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('price_changes_product').on('price_changes').columns(['product_id', 'at']).execute();
}
