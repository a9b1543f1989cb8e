// Product lookup for the till and the catalogue: by scanned code, and by name as typed.
//
// Search is portable SQL on the normalised `search_text` column (instr per query word), not FTS5:
// FTS5 exists only in SQLite, and a scan of 20,000 short normalised strings stays well under the
// 5 ms p99 goal (see products.search in test/bench/products.bench.ts).
import { type Kysely, type Selectable, sql } from 'kysely';
import type { DB, ProductsTable } from '../../../db/schema';
import { checkBarcode } from '../../contract/barcode';
import type { Language } from '../../contract/money';
import { queryWords } from '../../domain/text-search';

export interface ProductHit {
  readonly id: number;
  readonly barcode: string | null;
  readonly storeCode: string | null;
  readonly name: string;
  readonly nameNl: string;
  readonly nameFr: string;
  readonly unit: 'piece' | 'kg';
  readonly socialPriceCents: number;
  readonly referencePriceCents: number;
  readonly vatRate: number;
  readonly inBudget: boolean;
  readonly active: boolean;
  readonly categoryId: number | null;
  readonly stockQuantity: number;
}

const columns = [
  'id',
  'barcode',
  'store_code',
  'name_nl',
  'name_fr',
  'unit',
  'social_price_cents',
  'reference_price_cents',
  'vat_rate',
  'in_budget',
  'active',
  'category_id',
  'stock_quantity',
  'search_text',
] as const;

type Row = Pick<Selectable<ProductsTable>, (typeof columns)[number]>;

function toHit(row: Row, lang: Language): ProductHit {
  return {
    id: row.id,
    barcode: row.barcode,
    storeCode: row.store_code,
    name: lang === 'fr' ? row.name_fr : row.name_nl,
    nameNl: row.name_nl,
    nameFr: row.name_fr,
    unit: row.unit,
    socialPriceCents: row.social_price_cents,
    referencePriceCents: row.reference_price_cents,
    vatRate: row.vat_rate,
    inBudget: row.in_budget === 1,
    active: row.active === 1,
    categoryId: row.category_id,
    stockQuantity: row.stock_quantity,
  };
}

/**
 * The key a code is stored under: GS1 codes (EAN-13, EAN-8, UPC-A → EAN-13 with a leading 0) by
 * check digit; anything else short is an in-store code (upper-cased). Null when it cannot be either.
 */
export function normaliseProductCode(
  raw: string,
): { kind: 'barcode'; code: string } | { kind: 'store'; code: string } | null {
  const value = raw.replace(/\s/g, '');
  if (value === '') return null;
  if (/^\d{7,14}$/.test(value)) {
    const check = checkBarcode(value);
    return check.ok ? { kind: 'barcode', code: check.code } : null;
  }
  if (/^[A-Za-z0-9-]{1,20}$/.test(value)) return { kind: 'store', code: value.toUpperCase() };
  return null;
}

/** The product a scanned or typed code names, active or not (the till decides what to do with inactive). */
export async function findProductByCode(
  db: Kysely<DB>,
  code: string,
  lang: Language = 'nl',
): Promise<ProductHit | undefined> {
  const key = normaliseProductCode(code);
  if (key === null) return undefined;
  const row = await db
    .selectFrom('products')
    .select(columns)
    .where(key.kind === 'barcode' ? 'barcode' : 'store_code', '=', key.code)
    .executeTakeFirst();
  return row ? toHit(row, lang) : undefined;
}

interface IndexEntry {
  readonly id: number;
  readonly text: string;
  readonly active: boolean;
}

/**
 * The normalised names of every product, held in memory per database: a substring test over
 * 20,000 short strings takes well under a millisecond, where SQL `instr` scans took 5-40 ms.
 * Reloaded when (max(updated_at), max(id)) changes — every catalogue write sets updated_at.
 */
const indexes = new WeakMap<Kysely<DB>, { key: string; entries: IndexEntry[] }>();

async function searchIndex(db: Kysely<DB>): Promise<readonly IndexEntry[]> {
  // Two subqueries, each answered from an index end (SQLite's min/max optimisation only applies
  // to a lone aggregate). Products are never deleted (sales reference them), so no count is needed.
  const stamp = await sql<{ at: string | null; id: number | null }>`
    select (select max(updated_at) from products) as at, (select max(id) from products) as id`.execute(db);
  const row = stamp.rows[0];
  const key = `${row?.at ?? ''}:${row?.id ?? ''}`;
  const cached = indexes.get(db);
  if (cached?.key === key) return cached.entries;
  const rows = await db.selectFrom('products').select(['id', 'search_text', 'active']).orderBy('id').execute();
  const entries = rows.map((row) => ({ id: row.id, text: ` ${row.search_text}`, active: row.active === 1 }));
  indexes.set(db, { key, entries });
  return entries;
}

/**
 * Active products whose normalised names contain every query word (accents and case ignored),
 * names starting with the first word first. A query that is a code also finds that product.
 */
export async function searchProducts(
  db: Kysely<DB>,
  query: string,
  lang: Language,
  limit = 20,
  options: { includeInactive?: boolean } = {},
): Promise<ProductHit[]> {
  const words = queryWords(query);
  if (words.length === 0) return [];
  const byCode = /^[\dA-Za-z-]+$/.test(query.trim()) ? await findProductByCode(db, query.trim(), lang) : undefined;
  const index = await searchIndex(db);
  const ids: number[] = [];
  const cap = Math.max(1, Math.min(limit, 200));
  for (const entry of index) {
    if (!options.includeInactive && !entry.active) continue;
    if (words.every((word) => entry.text.includes(word))) ids.push(entry.id);
    if (ids.length >= cap) break;
  }
  const rows = ids.length === 0 ? [] : await db.selectFrom('products').select(columns).where('id', 'in', ids).execute();
  // Names starting with the first word first, then by name.
  const first = words[0] ?? '';
  const startsWith = (text: string) => (` ${text}`.includes(` ${first}`) ? 0 : 1);
  const hits = rows
    .map((row) => ({ hit: toHit(row, lang), rank: startsWith(row.search_text) }))
    .sort((a, b) => a.rank - b.rank || a.hit.name.localeCompare(b.hit.name))
    .map((entry) => entry.hit);
  if (byCode && !hits.some((hit) => hit.id === byCode.id)) hits.unshift(byCode);
  return hits.slice(0, limit);
}
