// Product lookups for the till: by barcode (variable-measure codes by the shop's rules, matched on
// the product's store code), by name (accent-insensitive), and the quick-key grid.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import type { Language } from '../../contract/money';
import { decodeVariableMeasure, type VariableMeasureRule } from '../../domain/till/variable-measure';

export interface TillProduct {
  id: number;
  nameNl: string;
  nameFr: string;
  categoryId: number | null;
  unit: 'piece' | 'kg';
  socialCents: number;
  referenceCents: number;
  vatRate: number;
  inBudget: boolean;
  quickKey: number | null;
}

export interface ProductScan {
  product: TillProduct;
  /** From a variable-measure code: grams, or a fixed amount. */
  grams?: number;
  fixedAmountCents?: number;
}

const columns = [
  'id',
  'name_nl',
  'name_fr',
  'category_id',
  'unit',
  'social_price_cents',
  'reference_price_cents',
  'vat_rate',
  'in_budget',
  'quick_key',
] as const;

type Row = {
  id: number;
  name_nl: string;
  name_fr: string;
  category_id: number | null;
  unit: 'piece' | 'kg';
  social_price_cents: number;
  reference_price_cents: number;
  vat_rate: number;
  in_budget: number;
  quick_key: number | null;
};

function toProduct(r: Row): TillProduct {
  return {
    id: r.id,
    nameNl: r.name_nl,
    nameFr: r.name_fr,
    categoryId: r.category_id,
    unit: r.unit,
    socialCents: r.social_price_cents,
    referenceCents: r.reference_price_cents,
    vatRate: r.vat_rate,
    inBudget: r.in_budget === 1,
    quickKey: r.quick_key,
  };
}

export function productName(p: { nameNl: string; nameFr: string }, lang: Language): string {
  return lang === 'fr' ? p.nameFr : p.nameNl;
}

export async function productById(db: Kysely<DB>, id: number): Promise<TillProduct | null> {
  const row = await db
    .selectFrom('products')
    .select(columns)
    .where('id', '=', id)
    .where('active', '=', 1)
    .executeTakeFirst();
  return row ? toProduct(row) : null;
}

export async function productByCode(
  db: Kysely<DB>,
  code: string,
  rules: readonly VariableMeasureRule[],
): Promise<ProductScan | null> {
  const measure = decodeVariableMeasure(code, rules);
  if (measure) {
    const row = await db
      .selectFrom('products')
      .select(columns)
      .where('store_code', '=', measure.itemCode)
      .where('active', '=', 1)
      .executeTakeFirst();
    if (!row) return null;
    const product = toProduct(row);
    return measure.kind === 'weight'
      ? { product, grams: measure.grams }
      : { product, fixedAmountCents: measure.amountCents };
  }
  const row = await db
    .selectFrom('products')
    .select(columns)
    .where((eb) => eb.or([eb('barcode', '=', code), eb('store_code', '=', code)]))
    .where('active', '=', 1)
    .executeTakeFirst();
  return row ? { product: toProduct(row) } : null;
}

export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

export async function searchTillProducts(db: Kysely<DB>, query: string, limit = 20): Promise<TillProduct[]> {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const rows = await db.selectFrom('products').select(columns).where('active', '=', 1).orderBy('name_nl').execute();
  const hits: TillProduct[] = [];
  for (const r of rows) {
    const hay = fold(`${r.name_nl} ${r.name_fr}`);
    if (words.every((w) => hay.includes(w))) hits.push(toProduct(r));
    if (hits.length >= limit) break;
  }
  return hits;
}

export async function quickKeyProducts(db: Kysely<DB>): Promise<TillProduct[]> {
  const rows = await db
    .selectFrom('products')
    .select(columns)
    .where('active', '=', 1)
    .where('quick_key', 'is not', null)
    .orderBy('quick_key')
    .limit(24)
    .execute();
  return rows.map(toProduct);
}
