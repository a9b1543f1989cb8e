// Writes a parsed product spreadsheet: new products inserted, existing ones (same barcode or
// in-store code) updated with their price changes recorded, all in one BEGIN IMMEDIATE transaction.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { immediateTransaction } from '../../../db/transaction';
import { normaliseName } from '../../domain/name-match';
import { type ImportedProduct, type ProductImportReport, parseProductBytes } from '../../domain/product-import';
import { buildSearchText } from '../../domain/text-search';
import { audit } from '../audit';

export interface ProductImportOptions {
  readonly dryRun: boolean;
  readonly validOnly: boolean;
  readonly now: Date;
  readonly userId: number | null;
  /**
   * Called after each batch written, so a screen can show progress on long imports. A promise is
   * awaited: the screen's handler yields to the event loop there so progress polls get answered.
   */
  readonly onProgress?: (done: number, total: number) => void | Promise<void>;
}

export interface ProductImportResult extends ProductImportReport {
  readonly written: boolean;
  readonly created: number;
  readonly updated: number;
  readonly priceChanges: number;
}

const batchSize = 500;

export async function importProducts(
  db: Kysely<DB>,
  bytes: Uint8Array,
  options: ProductImportOptions,
): Promise<ProductImportResult> {
  const report = parseProductBytes(bytes);
  const none = { written: false, created: 0, updated: 0, priceChanges: 0 };
  if (report.fileProblems.length > 0 || options.dryRun) return { ...report, ...none };
  if (report.problems.length > 0 && !options.validOnly) return { ...report, ...none };
  if (report.products.length === 0) return { ...report, ...none };
  const counts = await immediateTransaction(db, (trx) => writeProducts(trx, report.products, options));
  await audit(db, {
    at: options.now,
    userId: options.userId,
    action: 'products.import',
    entity: 'product',
    details: { created: counts.created, updated: counts.updated, priceChanges: counts.priceChanges },
  });
  return { ...report, ...counts, written: true };
}

async function categoryIds(trx: Kysely<DB>, names: readonly string[]): Promise<Map<string, number>> {
  const byKey = new Map<string, number>();
  for (const row of await trx.selectFrom('categories').select(['id', 'name_nl', 'name_fr']).execute()) {
    byKey.set(normaliseName(row.name_nl), row.id);
    byKey.set(normaliseName(row.name_fr), row.id);
  }
  for (const name of names) {
    const key = normaliseName(name);
    if (byKey.has(key)) continue;
    // A new category is named the same in both languages until a coordinator translates it.
    const row = await trx
      .insertInto('categories')
      .values({ name_nl: name, name_fr: name })
      .returning('id')
      .executeTakeFirstOrThrow();
    byKey.set(key, row.id);
  }
  return byKey;
}

async function writeProducts(
  trx: Kysely<DB>,
  products: readonly ImportedProduct[],
  options: ProductImportOptions,
): Promise<{ created: number; updated: number; priceChanges: number }> {
  const at = options.now.toISOString();
  const categories = await categoryIds(trx, [...new Set(products.flatMap((p) => (p.category ? [p.category] : [])))]);
  const existing = await trx
    .selectFrom('products')
    .select(['id', 'barcode', 'store_code', 'social_price_cents', 'reference_price_cents'])
    .execute();
  const byCode = new Map(existing.map((row) => [row.barcode ?? `store:${row.store_code}`, row]));
  const fresh: ImportedProduct[] = [];
  let updated = 0;
  let priceChanges = 0;
  let done = 0;
  for (const product of products) {
    const values = {
      name_nl: product.nameNl,
      name_fr: product.nameFr,
      search_text: buildSearchText([product.nameNl, product.nameFr]),
      category_id: product.category ? (categories.get(normaliseName(product.category)) ?? null) : null,
      unit: product.unit,
      social_price_cents: product.socialPriceCents,
      reference_price_cents: product.referencePriceCents,
      vat_rate: product.vatRate,
      in_budget: product.inBudget ? 1 : 0,
      updated_at: at,
    };
    const old = byCode.get(product.barcode ?? `store:${product.storeCode}`);
    if (!old) {
      fresh.push(product);
      continue;
    }
    await trx.updateTable('products').set(values).where('id', '=', old.id).execute();
    updated++;
    if (
      old.social_price_cents !== product.socialPriceCents ||
      old.reference_price_cents !== product.referencePriceCents
    ) {
      await trx
        .insertInto('price_changes')
        .values({
          product_id: old.id,
          at,
          user_id: options.userId,
          old_social_cents: old.social_price_cents,
          new_social_cents: product.socialPriceCents,
          old_reference_cents: old.reference_price_cents,
          new_reference_cents: product.referencePriceCents,
        })
        .execute();
      priceChanges++;
    }
    if (++done % batchSize === 0) await options.onProgress?.(done, products.length);
  }
  for (let start = 0; start < fresh.length; start += batchSize) {
    const batch = fresh.slice(start, start + batchSize);
    const ids = await trx
      .insertInto('products')
      .values(
        batch.map((product) => ({
          barcode: product.barcode,
          store_code: product.storeCode,
          name_nl: product.nameNl,
          name_fr: product.nameFr,
          search_text: buildSearchText([product.nameNl, product.nameFr]),
          category_id: product.category ? (categories.get(normaliseName(product.category)) ?? null) : null,
          unit: product.unit,
          social_price_cents: product.socialPriceCents,
          reference_price_cents: product.referencePriceCents,
          vat_rate: product.vatRate,
          in_budget: product.inBudget ? 1 : 0,
          created_at: at,
          updated_at: at,
        })),
      )
      .returning(['id', 'social_price_cents', 'reference_price_cents'])
      .execute();
    // The first price is a price change from nothing: the history then starts at creation.
    await trx
      .insertInto('price_changes')
      .values(
        ids.map((row) => ({
          product_id: row.id,
          at,
          user_id: options.userId,
          old_social_cents: null,
          new_social_cents: row.social_price_cents,
          old_reference_cents: null,
          new_reference_cents: row.reference_price_cents,
        })),
      )
      .execute();
    done += batch.length;
    await options.onProgress?.(done, products.length);
  }
  return { created: fresh.length, updated, priceChanges };
}
