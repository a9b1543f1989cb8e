// Issue 3 in Chromium: a coordinator previews a product spreadsheet (a bad check digit reported by
// line, nothing written), imports the valid rows, finds "Crème fraîche" by typing "creme", changes
// its price (a bad price refused by field first) and sees the history, prints shelf labels, and
// receives stock.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withCheckDigit } from '../../main/contract/barcode';
import { seriousAxeViolations } from '../support/axe';
import { startTestServer, type TestServer } from '../support/browser-mode';
import { aUser } from '../support/builders';
import { launchChromium } from '../support/chromium';
import { screenshotPath } from '../support/screenshots';
import { signInOnScreen } from '../support/sign-in-screen';

const good = (n: number) => withCheckDigit(`54100000${String(n).padStart(4, '0')}`);
const wrongCheck = (n: number) => {
  const code = good(n);
  return `${code.slice(0, -1)}${(Number(code.at(-1)) + 1) % 10}`;
};
// As Belgian Excel saves it: Windows-1252, semicolons, decimal comma.
const csv = Buffer.from(
  [
    'streepjescode;naam;franse naam;categorie;eenheid;sociale prijs;referentieprijs;btw;in budget',
    `${good(1)};Crème fraîche;Crème fraîche;Zuivel;stuk;1,25;2,49;6;ja`,
    `${wrongCheck(2)};Pâté;Pâté de campagne;Charcuterie;stuk;2,10;4,00;6;ja`,
    `${good(3)};Maïs;Maïs doux;Groenten;stuk;0,80;1,20;6;ja`,
    `${good(4)};Appels;Pommes;Fruit;kg;1,10;2,20;6;ja`,
  ].join('\r\n'),
  'latin1',
);

describe('products in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startTestServer();
    await aUser(server.app, ['coordinator'], 'Anna Coördinator', '1357');
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1024, height: 768 }, acceptDownloads: true });
    await page.goto(server.bridge.url);
    await signInOnScreen(page, 'Anna Coördinator', '1357');
    await page.getByRole('button', { name: /Producten en voorraad/ }).click();
    await page.getByRole('heading', { name: 'Catalogus' }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('previews the file (bad row by line, nothing written), then imports the valid rows', async () => {
    await page.getByRole('button', { name: 'Rekenblad importeren' }).click();
    await page
      .getByLabel('Rekenblad (CSV)')
      .setInputFiles({ name: 'producten.csv', mimeType: 'text/csv', buffer: csv });
    await page.getByRole('button', { name: 'Voorbeeld' }).click();
    await page.getByText('4 rijen gelezen: 3 geldig, 1 met een probleem.').waitFor();
    await page
      .getByText(
        `Regel 3 (Streepjescode of winkelcode): Streepjescode ${wrongCheck(2)}: het controlecijfer klopt niet.`,
      )
      .waitFor();
    expect(await server.app.db.selectFrom('products').select('id').execute()).toEqual([]);
    await page.screenshot({ path: screenshotPath('products-import-preview.png'), fullPage: true });
    await page.getByLabel('Alleen de geldige rijen importeren').check();
    await page.getByRole('button', { name: 'Importeren', exact: true }).click();
    await page.getByText('Geïmporteerd: 3 nieuw, 0 bijgewerkt, 0 prijswijzigingen.').waitFor();
    const names = await server.app.db.selectFrom('products').select('name_nl').orderBy('id').execute();
    expect(names.map((p) => p.name_nl)).toEqual(['Crème fraîche', 'Maïs', 'Appels']);
  });

  it('finds “Crème fraîche” when “creme” is typed without accents', async () => {
    await page.getByRole('button', { name: '← Terug' }).click();
    await page.getByRole('searchbox', { name: 'Naam of streepjescode' }).fill('creme');
    const list = page.getByRole('list', { name: 'Catalogus' });
    await list.getByRole('button', { name: /Crème fraîche/ }).waitFor();
    await expect.poll(() => list.getByRole('listitem').count()).toBe(1);
    await page.screenshot({ path: screenshotPath('products-catalogue.png'), fullPage: true });
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('refuses a bad price by field, then keeps the price change with date and user', async () => {
    await page.getByRole('button', { name: /Crème fraîche/ }).click();
    await page.getByRole('heading', { name: 'Crème fraîche bewerken' }).waitFor();
    await page.getByLabel('Sociale prijs (€)').fill('een euro');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Typ een prijs zoals 1,25.').waitFor();
    const stored = await server.app.db
      .selectFrom('products')
      .select('social_price_cents')
      .where('name_nl', '=', 'Crème fraîche')
      .executeTakeFirstOrThrow();
    expect(stored.social_price_cents).toBe(125);
    await page.screenshot({ path: screenshotPath('products-form-error.png'), fullPage: true });
    await page.getByLabel('Sociale prijs (€)').fill('1,40');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Opgeslagen. De prijswijziging staat in de geschiedenis.').waitFor();
    const row = page.locator('.pr-history tbody tr').first();
    await expect
      .poll(() => row.textContent())
      .toMatch(/^24\/11\/2026, 10:30Anna Coördinator€\s1,25 → €\s1,40€\s2,49 → €\s2,49$/);
    await page.screenshot({ path: screenshotPath('products-form.png'), fullPage: true });
  });

  it('refuses a new product whose barcode has a wrong check digit, then creates it', async () => {
    await page.getByRole('button', { name: '← Terug' }).click();
    await page.getByRole('button', { name: 'Nieuw product' }).click();
    await page.getByLabel('Streepjescode of winkelcode').fill(wrongCheck(9));
    await page.getByLabel('Naam in het Nederlands').fill('Zeep');
    await page.getByLabel('Naam in het Frans').fill('Savon');
    await page.getByLabel('Eenheid', { exact: true }).selectOption('kg');
    await page.getByLabel('Drempel lage voorraad (in die eenheid, optioneel)').fill('2,5');
    await page.getByLabel('Sociale prijs (€)').fill('0,90');
    await page.getByLabel('Referentieprijs (€)').fill('2,10');
    await page.getByLabel('Btw').selectOption('21');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Het controlecijfer klopt niet: typ de streepjescode opnieuw.').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await server.app.db.selectFrom('products').select('id').where('name_nl', '=', 'Zeep').execute()).toEqual([]);
    await page.getByLabel('Streepjescode of winkelcode').fill(good(9));
    // An impatient double click creates the product once, without an error for the second click.
    await page.getByRole('button', { name: 'Opslaan' }).dblclick();
    await page.getByRole('heading', { name: 'Zeep bewerken' }).waitFor();
    expect(
      await server.app.db.selectFrom('products').select('id').where('name_nl', '=', 'Zeep').execute(),
    ).toHaveLength(1);
    expect(await page.getByRole('alert').count()).toBe(0);
    const soap = await server.app.db
      .selectFrom('products')
      .select(['barcode', 'vat_rate', 'social_price_cents', 'unit', 'low_stock_threshold'])
      .where('name_nl', '=', 'Zeep')
      .executeTakeFirstOrThrow();
    // A kg product's threshold is typed in kg and kept in grams, and shown back in kg.
    expect(soap).toEqual({
      barcode: good(9),
      vat_rate: 21,
      social_price_cents: 90,
      unit: 'kg',
      low_stock_threshold: 2500,
    });
    expect(await page.getByLabel('Drempel lage voorraad (in die eenheid, optioneel)').inputValue()).toBe('2,5');
  });

  it('exports the catalogue as a CSV that names the products', async () => {
    await page.getByRole('button', { name: '← Terug' }).click();
    await page.getByRole('button', { name: 'Exporteren (CSV)' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'CSV downloaden' }).click();
    const file = screenshotPath('products-export.csv');
    await (await download).saveAs(file);
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('\ufeff')).toBe(true);
    expect(text).toContain('Crème fraîche;Crème fraîche;Zuivel;stuk;1,40;2,49');
  });

  it('prints shelf labels for the chosen products as a PDF naming them', async () => {
    await page.getByRole('searchbox', { name: 'Naam of streepjescode' }).fill('');
    await page.getByRole('checkbox', { name: 'Crème fraîche kiezen voor etiketten' }).check();
    await page.getByRole('checkbox', { name: 'Appels kiezen voor etiketten' }).check();
    await page.getByRole('button', { name: 'Schapetiketten (2)' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Etiketten klaar: open de pdf' }).click();
    const pdf = screenshotPath('products-labels-e2e.pdf');
    await (await download).saveAs(pdf);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
    expect(text).toContain('Crème fraîche');
    expect(text).toContain('€ 1,40');
    expect(text).toContain('€ 1,10/kg');
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, pdf.replace(/\.pdf$/, '')]);
  });

  it('receives stock with a supplier and a best-before date, refusing a missing supplier first', async () => {
    await page.getByRole('button', { name: 'Voorraad', exact: true }).click();
    await page.getByRole('searchbox', { name: 'Zoek eerst het product' }).fill('mais');
    await page.getByRole('button', { name: /Maïs/ }).click();
    await page.getByLabel('Aantal').fill('12');
    await page.getByRole('button', { name: 'Boeken', exact: true }).click();
    await page.getByText('Typ van wie het komt.').waitFor();
    await page.getByLabel('Leverancier of schenker').fill('Voedselbank Gent');
    await page.getByLabel('Ten minste houdbaar tot (optioneel)').fill('27/11/2026');
    await page.getByRole('button', { name: 'Boeken', exact: true }).click();
    await page.getByText('Geboekt. Voorraad nu 12.').waitFor();
    await page
      .locator('.pr-overview')
      .getByText(/27\/11\/2026/)
      .waitFor();
    await page.screenshot({ path: screenshotPath('products-stock.png'), fullPage: true });
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
  it('shows the stock screen in French to a French-speaking coordinator', async () => {
    await page.getByRole('button', { name: 'Français' }).click();
    // Switching language starts the screen afresh: open the stock again and choose the product.
    const stock = page.getByRole('heading', { name: 'Stock', exact: true });
    if (!(await stock.isVisible())) {
      await page.getByRole('button', { name: 'Stock', exact: true }).click();
      await stock.waitFor();
    }
    await page.getByRole('searchbox', { name: 'Cherchez d’abord le produit' }).fill('MAIS');
    await page
      .locator('.pr-stock .pr-list')
      .getByRole('button', { name: /Maïs doux/ })
      .click();
    await page.getByText('Choisi : Maïs doux · en stock 12').waitFor();
    await page.getByText('Date de durabilité dans les 7 jours').waitFor();
    await page.getByText('Enregistré. Stock maintenant 12.').waitFor();
    await page.locator('.pr-overview').getByRole('button', { name: 'Maïs doux' }).waitFor();
    await page.getByRole('cell', { name: 'don', exact: true }).waitFor();
    await page.screenshot({ path: screenshotPath('products-stock-fr.png'), fullPage: true });
    await page.getByRole('button', { name: '← Retour' }).click();
    await page.getByRole('heading', { name: 'Catalogue' }).waitFor();
    await page.getByRole('button', { name: 'Importer un tableur' }).waitFor();
  });
});
