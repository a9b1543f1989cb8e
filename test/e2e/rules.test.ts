// Issue 5 in Chromium: a coordinator proposes € 6 per child instead of € 5, sees the simulator's
// monthly totals change before saving, saves it dated tomorrow and finds the new version in the list;
// field-level refusals are translated; item limits are added and ended; French screens too.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../main/api/clock';
import { seriousAxeViolations } from '../support/axe';
import { startTestServer, type TestServer } from '../support/browser-mode';
import { aHousehold, aProduct, aUser } from '../support/builders';
import { launchChromium } from '../support/chromium';
import { anEnrolment, aRuleSet } from '../support/rules-builders';
import { screenshotPath } from '../support/screenshots';
import { signInOnScreen } from '../support/sign-in-screen';

const plain = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

describe('rules in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    // Tuesday 24 November 2026; November has 5 Mondays.
    server = await startTestServer({ clock: fixedClock('2026-11-24T09:00:00Z') });
    await aRuleSet(server.app, { visitLimit: 1 }); // week: € 15 + € 7,50/adult + € 5/child, max € 60
    const family = await aHousehold(server.app, ['1980-01-01', '1982-01-01', '2012-01-01', '2015-01-01', '2019-01-01']);
    await anEnrolment(server.app, family);
    const single = await aHousehold(server.app, ['1950-01-01']);
    await anEnrolment(server.app, single);
    await server.app.db.insertInto('categories').values({ name_nl: 'Olie', name_fr: 'Huile' }).execute();
    const nappies = await aProduct(server.app, { nameNl: 'Luiers maat 4', nameFr: 'Langes taille 4' });
    // The builder writes the row directly; the catalogue would also fill the search text.
    await server.app.db
      .updateTable('products')
      .set({ search_text: 'luiers maat 4 langes taille 4' })
      .where('id', '=', nappies)
      .execute();
    await aUser(server.app, ['coordinator'], 'Anna Coördinator', '1357');
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1024, height: 768 }, locale: 'nl-BE' });
    await page.goto(server.bridge.url);
    await signInOnScreen(page, 'Anna Coördinator', '1357');
    await page
      .getByRole('button', { name: /Regels|Budgetregels/ })
      .first()
      .click();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('simulates € 6 per child, saves it dated tomorrow and lists the new version', async () => {
    const versions = page.getByRole('table', { name: 'Versies van de budgetregels' });
    await versions.locator('tbody tr').first().waitFor();
    expect(plain(await versions.textContent())).toContain('€ 15 + 2 × € 7,50 + 3 × € 5 = € 45');
    expect(await versions.locator('tbody tr').count()).toBe(1);
    await page.screenshot({ path: screenshotPath('rules-list.png'), fullPage: true });

    // A wrong amount is refused on its field, in Dutch, before anything is sent.
    await page.getByLabel('Per kind (€)').fill('zes');
    await page.getByRole('button', { name: 'Toon het effect' }).click();
    await page.getByText('Schrijf een bedrag zoals 7,50.').waitFor();
    // Today is refused by the main process, on the date field.
    await page.getByLabel('Per kind (€)').fill('6');
    await page.getByLabel('Geldt vanaf').fill('2026-11-24');
    await page.getByRole('button', { name: 'Deze versie bewaren' }).click();
    await page.getByText('Kies een dag na vandaag').waitFor();
    await page.screenshot({ path: screenshotPath('rules-field-errors.png'), fullPage: true });

    await page.getByLabel('Geldt vanaf').fill('2026-11-25');
    // By keyboard: Enter in a field shows the effect (saving needs its own button).
    await page.getByLabel('Per kind (€)').press('Enter');
    // Family: 45 → 48 a week (under the € 60 cap); single 22,50; × 5 Mondays.
    await page.getByTestId('sim-new-total').waitFor();
    expect(plain(await page.getByTestId('sim-old-total').textContent())).toBe('€ 337,50');
    expect(plain(await page.getByTestId('sim-new-total').textContent())).toBe('€ 352,50');
    const simulation = page.getByRole('region', { name: 'Toon het effect' });
    expect(plain(await simulation.getByRole('row', { name: /5 of meer/ }).textContent())).toContain('+ € 15');
    expect(await server.app.db.selectFrom('rule_sets').select('id').execute()).toHaveLength(1);
    await page.screenshot({ path: screenshotPath('rules-simulation.png'), fullPage: true });

    await page.getByRole('button', { name: 'Deze versie bewaren' }).click();
    await page.getByText('Bewaard. De nieuwe regels gelden vanaf 25/11/2026.').waitFor();
    await versions.locator('tbody tr').nth(1).waitFor();
    const newest = versions.locator('tbody tr').first();
    expect(plain(await newest.textContent())).toContain('25/11/2026');
    expect(plain(await newest.textContent())).toContain('gepland');
    expect(plain(await newest.textContent())).toContain('€ 15 + 2 × € 7,50 + 3 × € 6 = € 48');
    expect(plain(await versions.locator('tbody tr').nth(1).textContent())).toContain('geldt nu');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('rules-saved.png'), fullPage: true });
  });

  it('adds and ends item limits; the French screen reads in French', async () => {
    await page.getByRole('tab', { name: 'Productlimieten' }).click();
    await page.getByRole('button', { name: 'Limiet toevoegen' }).click();
    await page.getByText('Kies een product of categorie.').waitFor();
    await page.getByRole('combobox', { name: 'Categorie' }).selectOption({ label: 'Olie' });
    await page.getByLabel('Stuks per periode (leeg = geen maximum)').fill('2');
    await page.getByRole('button', { name: 'Limiet toevoegen' }).click();
    await page.getByText('De limiet is toegevoegd.').waitFor();

    await page.getByRole('radio', { name: 'Product' }).check();
    await page.getByLabel('Zoek een product').fill('luiers');
    await page.getByRole('button', { name: /Kies Luiers maat 4/ }).click();
    await page.getByLabel('Stuks per bezoek (leeg = geen maximum)').fill('1');
    await page.getByLabel('Groeit mee met').selectOption('per-child');
    await page.getByLabel(/Enkel met kind jonger dan/).fill('3');
    await page.getByRole('button', { name: 'Limiet toevoegen' }).click();
    const limits = page.getByRole('table', { name: 'Productlimieten die gelden' });
    await limits.getByText('Luiers maat 4').waitFor();
    expect(plain(await limits.textContent())).toContain('2 / week');
    expect(plain(await limits.textContent())).toContain('elk kind');
    await page.screenshot({ path: screenshotPath('rules-limits.png'), fullPage: true });

    await page.getByRole('button', { name: 'Stopzetten: Olie' }).click();
    await page.getByText('De limiet is stopgezet.').waitFor();
    expect(await limits.getByText('Olie').count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Français' }).click();
    await page.getByRole('tab', { name: 'Limites par produit' }).waitFor();
    await page.getByText('Langes taille 4').waitFor();
    await page.screenshot({ path: screenshotPath('rules-limits-fr.png'), fullPage: true });
    await page.getByRole('tab', { name: 'Règles de budget' }).click();
    await page.getByRole('button', { name: 'Voir l’effet' }).click();
    await page.getByTestId('sim-new-total').waitFor();
    expect(plain(await page.getByRole('table', { name: 'Versions des règles de budget' }).textContent())).toContain(
      '3 × 6 €',
    );
    await page.screenshot({ path: screenshotPath('rules-simulation-fr.png'), fullPage: true });
  });
});
