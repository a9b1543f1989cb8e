import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../../main/api/clock';
import { withCheckDigit } from '../../../main/contract/barcode';
import { exportProducts } from '../../../main/services/products/export';
import { importProducts } from '../../../main/services/products/import';
import { findProductByCode, searchProducts } from '../../../main/services/products/lookup';
import { aTestApp } from '../../support/builders';

const now = new Date('2026-11-24T10:00:00Z');
const ean = (n: number) => withCheckDigit(`541000000${String(n).padStart(3, '0')}`);
const options = { dryRun: false, validOnly: false, now, userId: null };

async function emptyApp() {
  return aTestApp({ clock: fixedClock(now.toISOString()) });
}

const utf8 = (text: string, bom = false) => new Uint8Array(Buffer.from(`${bom ? '\ufeff' : ''}${text}`, 'utf8'));
const cp1252 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));

const semicolonComma = [
  'streepjescode;naam;franse naam;categorie;eenheid;sociale prijs;referentieprijs;btw;in budget',
  `${ean(1)};Crème fraîche;Crème fraîche;Zuivel;stuk;1,25;2,50;6%;ja`,
  `${ean(2)};Pâté;Pâté de campagne;;kg;3,10;6,00;6,00;nee`,
  '036000291452;Maïs;Maïs doux;Groenten;pièce;0,80;1,20;6;1',
].join('\r\n');

const commaPoint = [
  'Barcode,Dutch name,French name,Category,Unit,Social price,Reference price,VAT,In budget',
  `${ean(1)},Crème fraîche,Crème fraîche,Zuivel,piece,1.25,2.50,6,yes`,
  `${ean(2)},Pâté,Pâté de campagne,,kg,3.10,6.00,6,no`,
  '036000291452,Maïs,Maïs doux,Groenten,piece,0.80,1.20,6,1',
].join('\n');

const french = [
  'Code-barres;Nom néerlandais;Nom français;Catégorie;Unité;Prix social;Prix de référence;TVA;Dans le budget',
  `${ean(1)};Crème fraîche;Crème fraîche;Zuivel;pièce;1,25;2,50;6;oui`,
  `${ean(2)};Pâté;Pâté de campagne;;kg;3,10;6,00;6;non`,
  '036000291452;Maïs;Maïs doux;Groenten;stuk;0,80;1,20;6 %;oui',
].join('\r\n');

describe('import products: every format Belgian Excel writes', () => {
  const formats: [string, Uint8Array][] = [
    ['; and decimal comma, UTF-8 with BOM', utf8(semicolonComma, true)],
    ['; and decimal comma, UTF-8 without BOM', utf8(semicolonComma)],
    [', and decimal point, UTF-8', utf8(commaPoint)],
    ['French headers, Windows-1252', cp1252(french)],
    [', and decimal point, Windows-1252', cp1252(commaPoint)],
  ];
  for (const [name, bytes] of formats) {
    it(name, async () => {
      const app = await emptyApp();
      try {
        const result = await importProducts(app.db, bytes, options);
        expect(result.problems).toEqual([]);
        expect(result.created).toBe(3);
        const creme = await findProductByCode(app.db, ean(1), 'fr');
        expect(creme).toMatchObject({
          name: 'Crème fraîche',
          socialPriceCents: 125,
          referencePriceCents: 250,
          vatRate: 6,
        });
        const pate = await findProductByCode(app.db, ean(2), 'fr');
        expect(pate).toMatchObject({ name: 'Pâté de campagne', unit: 'kg', socialPriceCents: 310, inBudget: false });
        // UPC-A is stored as its EAN-13 and found by either form.
        expect((await findProductByCode(app.db, '036000291452'))?.barcode).toBe('0036000291452');
        expect((await findProductByCode(app.db, '0036000291452'))?.nameNl).toBe('Maïs');
        const hits = await searchProducts(app.db, 'CREME FRAI', 'nl', 10);
        expect(hits.map((h) => h.nameNl)).toEqual(['Crème fraîche']);
        expect((await searchProducts(app.db, 'mais', 'fr', 10)).map((h) => h.name)).toEqual(['Maïs doux']);
      } finally {
        await app.close();
      }
    });
  }
});

describe('import products: bad rows', () => {
  const header = 'streepjescode;naam;franse naam;categorie;eenheid;sociale prijs;referentieprijs;btw;in budget';
  const wrongCheck = `${ean(3).slice(0, 12)}${(Number(ean(3).at(-1)) + 1) % 10}`;
  const file = [
    header,
    `${ean(1)};Goed;Bon;;stuk;1,00;2,00;6;ja`, // line 2: fine
    `${wrongCheck};Fout;Faux;;stuk;1,00;2,00;6;ja`, // 3: bad check digit
    `${ean(4)};;;;stuk;1,00;2,00;6;ja`, // 4: missing name
    `${ean(5)};Negatief;Négatif;;stuk;-1,00;2,00;6;ja`, // 5: negative price
    `${ean(6)};Tekst;Texte;;stuk;abc;2,00;6;ja`, // 6: unreadable price
    `${ean(7)};Btw;TVA;;stuk;1,00;2,00;7;ja`, // 7: unknown VAT
    `${ean(1)};Dubbel;Double;;stuk;1,00;2,00;6;ja`, // 8: barcode repeated
  ].join('\r\n');

  it('names each bad row by its line and reason; nothing written; --valid-only writes the good row', async () => {
    const app = await emptyApp();
    try {
      const result = await importProducts(app.db, utf8(file), options);
      expect(result.written).toBe(false);
      expect(result.problems.map((p) => [p.line, p.reason])).toEqual([
        [3, 'bad-check-digit'],
        [4, 'missing-name'],
        [5, 'bad-price'],
        [6, 'bad-price'],
        [7, 'unknown-vat'],
        [8, 'duplicate-barcode'],
      ]);
      expect(result.problems.find((p) => p.line === 8)?.firstLine).toBe(2);
      expect(await app.db.selectFrom('products').select('id').execute()).toHaveLength(0);
      const dry = await importProducts(app.db, utf8(file), { ...options, validOnly: true, dryRun: true });
      expect(dry.written).toBe(false);
      const valid = await importProducts(app.db, utf8(file), { ...options, validOnly: true });
      expect(valid.created).toBe(1);
    } finally {
      await app.close();
    }
  });

  it('re-import updates by barcode and records the price change; export → import is unchanged', async () => {
    const app = await emptyApp();
    try {
      await importProducts(app.db, utf8(semicolonComma, true), options);
      const changed = semicolonComma.replace('1,25;2,50', '1,40;2,60');
      const again = await importProducts(app.db, utf8(changed), { ...options, userId: null });
      expect(again).toMatchObject({ created: 0, updated: 3, priceChanges: 1 });
      const history = await app.db
        .selectFrom('price_changes')
        .selectAll()
        .where('old_social_cents', 'is not', null)
        .execute();
      expect(history).toMatchObject([{ old_social_cents: 125, new_social_cents: 140, new_reference_cents: 260 }]);
      const exported = await exportProducts(app.db);
      expect(exported.startsWith('\ufeffstreepjescode;naam;')).toBe(true);
      const back = await importProducts(app.db, utf8(exported), options);
      expect(back).toMatchObject({ created: 0, updated: 3, priceChanges: 0, problems: [] });
      expect(await exportProducts(app.db)).toBe(exported);
    } finally {
      await app.close();
    }
  });
});
