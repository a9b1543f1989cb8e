// The coordinator's catalogue: list, open, create and edit products. A changed price is a row in
// price_changes (date, user, old and new), written in the same transaction as the product.
import type { Kysely, Selectable } from 'kysely';
import type { DB, ProductsTable } from '../../../db/schema';
import { immediateTransaction } from '../../../db/transaction';
import { invalidFields, notFound } from '../../api/errors';
import type { CatalogueItem, PriceChange } from '../../contract/catalogue';
import type { FieldError } from '../../contract/define';
import { checkProductForm, type ProductFormInput } from '../../domain/product-form';
import { buildSearchText } from '../../domain/text-search';
import { audit } from '../audit';
import { searchProducts } from './lookup';

type ProductRow = Selectable<ProductsTable>;

export function toCatalogueItem(row: ProductRow): CatalogueItem {
  return {
    id: row.id,
    code: row.barcode ?? row.store_code ?? '',
    nameNl: row.name_nl,
    nameFr: row.name_fr,
    categoryId: row.category_id,
    unit: row.unit,
    socialPriceCents: row.social_price_cents,
    referencePriceCents: row.reference_price_cents,
    vatRate: row.vat_rate,
    inBudget: row.in_budget === 1,
    active: row.active === 1,
    stockQuantity: row.stock_quantity,
    lowStockThreshold: row.low_stock_threshold,
  };
}

/** Empty query: the most recently changed products (what a coordinator was just working on). */
export async function listCatalogue(db: Kysely<DB>, query: string, limit: number): Promise<CatalogueItem[]> {
  if (query.trim() === '') {
    const rows = await db.selectFrom('products').selectAll().orderBy('updated_at', 'desc').limit(limit).execute();
    return rows.map(toCatalogueItem);
  }
  const hits = await searchProducts(db, query, 'nl', limit, { includeInactive: true });
  if (hits.length === 0) return [];
  const rows = await db
    .selectFrom('products')
    .selectAll()
    .where(
      'id',
      'in',
      hits.map((hit) => hit.id),
    )
    .execute();
  const byId = new Map(rows.map((row) => [row.id, row]));
  return hits.flatMap((hit) => {
    const row = byId.get(hit.id);
    return row ? [toCatalogueItem(row)] : [];
  });
}

export async function getProduct(
  db: Kysely<DB>,
  productId: number,
): Promise<{ product: CatalogueItem; priceHistory: PriceChange[] }> {
  const row = await db.selectFrom('products').selectAll().where('id', '=', productId).executeTakeFirst();
  if (!row) throw notFound('product');
  const history = await db
    .selectFrom('price_changes')
    .leftJoin('users', 'users.id', 'price_changes.user_id')
    .select([
      'price_changes.at',
      'users.name as userName',
      'price_changes.old_social_cents',
      'price_changes.new_social_cents',
      'price_changes.old_reference_cents',
      'price_changes.new_reference_cents',
    ])
    .where('price_changes.product_id', '=', productId)
    .orderBy('price_changes.at', 'desc')
    .orderBy('price_changes.id', 'desc')
    .execute();
  return {
    product: toCatalogueItem(row),
    priceHistory: history.map((h) => ({
      at: h.at,
      userName: h.userName,
      oldSocialCents: h.old_social_cents,
      newSocialCents: h.new_social_cents,
      oldReferenceCents: h.old_reference_cents,
      newReferenceCents: h.new_reference_cents,
    })),
  };
}

export async function saveProduct(
  db: Kysely<DB>,
  productId: number | null,
  form: ProductFormInput & { lowStockThreshold: number | null },
  context: { now: Date; userId: number | null },
): Promise<{ productId: number; priceChanged: boolean }> {
  const checked = checkProductForm(form);
  const errors: FieldError[] = checked.ok ? [] : [...checked.errors];
  const at = context.now.toISOString();
  const result = await immediateTransaction(db, async (trx) => {
    if (checked.ok) {
      const { barcode, storeCode, categoryId } = checked.values;
      const clash = await trx
        .selectFrom('products')
        .select('id')
        .where(barcode ? 'barcode' : 'store_code', '=', barcode ?? storeCode ?? '')
        .executeTakeFirst();
      if (clash && clash.id !== productId) errors.push({ path: 'code', code: 'code-in-use' });
      if (
        categoryId !== null &&
        !(await trx.selectFrom('categories').select('id').where('id', '=', categoryId).executeTakeFirst())
      )
        errors.push({ path: 'categoryId', code: 'unknown-category' });
    }
    if (!checked.ok || errors.length > 0) throw invalidFields(errors);
    const v = checked.values;
    const values = {
      barcode: v.barcode,
      store_code: v.storeCode,
      name_nl: v.nameNl,
      name_fr: v.nameFr,
      search_text: buildSearchText([v.nameNl, v.nameFr]),
      category_id: v.categoryId,
      unit: v.unit,
      social_price_cents: v.socialPriceCents,
      reference_price_cents: v.referencePriceCents,
      vat_rate: v.vatRate,
      in_budget: v.inBudget ? 1 : 0,
      active: v.active ? 1 : 0,
      low_stock_threshold: form.lowStockThreshold,
      updated_at: at,
    };
    let old: { social: number | null; reference: number | null } = { social: null, reference: null };
    let id = productId;
    if (id === null) {
      const row = await trx
        .insertInto('products')
        .values({ ...values, created_at: at })
        .returning('id')
        .executeTakeFirstOrThrow();
      id = row.id;
    } else {
      const before = await trx
        .selectFrom('products')
        .select(['social_price_cents', 'reference_price_cents'])
        .where('id', '=', id)
        .executeTakeFirst();
      if (!before) throw notFound('product');
      old = { social: before.social_price_cents, reference: before.reference_price_cents };
      await trx.updateTable('products').set(values).where('id', '=', id).execute();
    }
    const priceChanged = old.social !== v.socialPriceCents || old.reference !== v.referencePriceCents;
    if (priceChanged)
      await trx
        .insertInto('price_changes')
        .values({
          product_id: id,
          at,
          user_id: context.userId,
          old_social_cents: old.social,
          new_social_cents: v.socialPriceCents,
          old_reference_cents: old.reference,
          new_reference_cents: v.referencePriceCents,
        })
        .execute();
    return { productId: id, priceChanged, created: productId === null };
  });
  await audit(db, {
    at: context.now,
    userId: context.userId,
    action: result.created ? 'products.create' : 'products.update',
    entity: 'product',
    entityId: result.productId,
  });
  return { productId: result.productId, priceChanged: result.priceChanged };
}

export async function listCategories(db: Kysely<DB>) {
  const rows = await db.selectFrom('categories').select(['id', 'name_nl', 'name_fr']).orderBy('name_nl').execute();
  return rows.map((row) => ({ id: row.id, nameNl: row.name_nl, nameFr: row.name_fr }));
}
