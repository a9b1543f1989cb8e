import type Database from 'better-sqlite3';
import { withCheckDigit } from '../../contract/barcode';
import { brands, demoCategories, sizes } from './catalogue';
import type { Random } from './random';
import { searchKey } from './search-key';

export interface DemoProduct {
  id: number;
  categoryId: number;
  unit: 'piece' | 'kg';
  socialCents: number;
  referenceCents: number;
  vat: number;
  inBudget: boolean;
}

/** Inserts the categories and `count` products with valid, unique Belgian (54…) EAN-13 codes. */
export function insertProducts(raw: Database.Database, rnd: Random, count: number, createdAt: string): DemoProduct[] {
  const insertCategory = raw.prepare('INSERT INTO categories (name_nl, name_fr, in_budget) VALUES (?, ?, ?)');
  const insertProduct = raw.prepare(
    `INSERT INTO products (barcode, name_nl, name_fr, search_text, category_id, unit, social_price_cents,
       reference_price_cents, vat_rate, in_budget, active, quick_key, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)`,
  );
  const categoryIds = demoCategories.map((c) => {
    const outside = c.items.every((i) => i[2] === 0);
    return Number(insertCategory.run(c.nl, c.fr, outside ? 0 : 1).lastInsertRowid);
  });
  const products: DemoProduct[] = [];
  const used = new Set<string>();
  let quickKey = 1;
  for (let n = 0; n < count; n++) {
    const ci = n % demoCategories.length;
    const category = demoCategories[ci];
    const categoryId = categoryIds[ci];
    if (!category || categoryId === undefined) continue;
    const item = rnd.pick(category.items);
    const [nl, fr, base, unit] = item;
    const [brandNl, brandFr] = n < demoCategories.length * category.items.length ? brands[0] : rnd.pick(brands);
    const size = unit === 'kg' ? '' : rnd.pick(sizes);
    const suffixNl = [size, brandNl].filter(Boolean).join(' · ');
    const suffixFr = [size, brandFr].filter(Boolean).join(' · ');
    const nameNl = `${nl} — ${suffixNl}`;
    const nameFr = `${fr} — ${suffixFr}`;
    let barcode: string;
    do barcode = withCheckDigit(`54${rnd.digits(10)}`);
    while (used.has(barcode));
    used.add(barcode);
    const social = base === 0 ? 0 : Math.max(10, Math.round((base * (0.8 + rnd.next() * 0.6)) / 5) * 5);
    const reference = base === 0 ? rnd.int(150, 400) : Math.round((social * (1.6 + rnd.next() * 1.4)) / 5) * 5;
    const inBudget = base !== 0;
    // Loose vegetables and donated items get quick keys: they have no barcode to scan in practice.
    const key = (unit === 'kg' || base === 0) && quickKey <= 24 ? quickKey++ : null;
    const id = Number(
      insertProduct.run(
        barcode,
        nameNl,
        nameFr,
        searchKey(`${nameNl} ${nameFr}`),
        categoryId,
        unit ?? 'piece',
        social,
        reference,
        category.vat,
        inBudget ? 1 : 0,
        key,
        createdAt,
        createdAt,
      ).lastInsertRowid,
    );
    products.push({
      id,
      categoryId,
      unit: unit ?? 'piece',
      socialCents: social,
      referenceCents: reference,
      vat: category.vat,
      inBudget,
    });
  }
  return products;
}
