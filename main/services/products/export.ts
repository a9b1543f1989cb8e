// Every product as a Belgian Excel CSV (UTF-8 with BOM, `;`, decimal comma, Dutch headers).
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import type { VatRate } from '../../domain/csv';
import { type ExportableProduct, exportProductsCsv } from '../../domain/product-import';

function vatRateOf(rate: number): VatRate {
  switch (rate) {
    case 0:
    case 6:
    case 12:
    case 21:
      return rate;
    default:
      // The schema's check constraint makes this unreachable; fail loudly rather than export a lie.
      throw new Error(`product with VAT rate ${rate}`);
  }
}

export async function exportProducts(db: Kysely<DB>): Promise<string> {
  const rows = await db
    .selectFrom('products')
    .leftJoin('categories', 'categories.id', 'products.category_id')
    .select([
      'products.barcode',
      'products.store_code',
      'products.name_nl',
      'products.name_fr',
      'categories.name_nl as category',
      'products.unit',
      'products.social_price_cents',
      'products.reference_price_cents',
      'products.vat_rate',
      'products.in_budget',
    ])
    .orderBy('products.id')
    .execute();
  const products: ExportableProduct[] = rows.map((row) => ({
    barcode: row.barcode,
    storeCode: row.store_code,
    nameNl: row.name_nl,
    nameFr: row.name_fr,
    category: row.category,
    unit: row.unit,
    socialPriceCents: row.social_price_cents,
    referencePriceCents: row.reference_price_cents,
    vatRate: vatRateOf(row.vat_rate),
    inBudget: row.in_budget === 1,
  }));
  return exportProductsCsv(products);
}
