// The till screen's reviewed defects, in Chromium at 1024×768: the cash due after rounding, Enter to
// pay, labelled split fields, weights with a decimal comma, messages that go when they stop being
// true, − / + on a line, the proxy choice, reprinting, and a return that refuses too many, takes
// "0,3" kg and asks to confirm the refund first.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withCheckDigit } from '../../main/contract/barcode';
import { seriousAxeViolations } from '../support/axe';
import { startTestServer, type TestServer } from '../support/browser-mode';
import { aProduct, aUser } from '../support/builders';
import { launchChromium } from '../support/chromium';
import { aRuleSet } from '../support/rules-builders';
import { screenshotPath } from '../support/screenshots';
import { signInOnScreen } from '../support/sign-in-screen';
import { aShopper } from '../support/till-builders';

describe('the till screen after review', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let card = '';
  const coffee = withCheckDigit('541000000900');

  beforeAll(async () => {
    server = await startTestServer();
    const app = server.app;
    await aUser(app, ['coordinator'], 'Chris Coördinator', '5678'); // else the first-run setup shows
    await aUser(app, ['cashier'], 'Bart Vrijwilliger', '1357');
    await aRuleSet(app, { base: 1500, perAdult: 750, effectiveFrom: '2026-01-01' });
    const shopper = await aShopper(app);
    card = shopper.card;
    await app.db
      .insertInto('proxies')
      .values({ household_id: shopper.householdId, name: 'Buur Jan', valid_until: '2099-12-31' })
      .execute();
    await aProduct(app, { socialCents: 809, inBudget: false, barcode: coffee, nameNl: 'Koffie' });
    const cheese = await aProduct(app, { socialCents: 1200, inBudget: false, unit: 'kg', nameNl: 'Kaas' });
    await app.db.updateTable('products').set({ quick_key: 1 }).where('id', '=', cheese).execute();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const scan = async (code: string) => {
    await page.locator('#till-code').fill(code);
    await page.locator('#till-code').press('Enter');
  };
  const row = (n: number) => page.locator('.till-lines tbody tr').nth(n);
  const salesOfKind = async (kind: 'sale' | 'return') =>
    (await server.app.db.selectFrom('sales').select('number').where('kind', '=', kind).execute()).length;

  it('sells with the proxy, − / +, a weight and the rounded cash due, and clears stale messages', async () => {
    await page.goto(server.bridge.url);
    await signInOnScreen(page, 'Bart Vrijwilliger', '1357');
    await page.getByRole('button', { name: /Kassa/ }).click();
    await page.getByLabel('€ 50,00').fill('2');
    await page.getByRole('button', { name: 'Shift openen' }).click();

    await scan(card);
    // The household's proxy can be chosen at the till; the choice is shown and kept.
    await page.getByRole('group', { name: 'Wie doet de boodschappen' }).waitFor();
    await page.getByRole('button', { name: 'Buur Jan' }).click();
    await page.getByText('Koopt in namens Buur Jan').waitFor();
    expect(await page.getByRole('button', { name: 'Buur Jan' }).getAttribute('aria-pressed')).toBe('true');

    await scan(withCheckDigit('541000000999'));
    await page.getByText('Geen product gevonden.', { exact: false }).waitFor();
    await scan(coffee);
    await page.getByRole('button', { name: 'Eén Koffie meer' }).click();
    await expect.poll(() => row(0).textContent()).toMatch(/^2 ×\s*Koffie/);
    await page.getByRole('button', { name: 'Eén Koffie minder' }).click();
    await expect.poll(() => row(0).textContent()).toMatch(/^1 ×\s*Koffie/);
    const minus = await page.getByRole('button', { name: 'Eén Koffie minder' }).boundingBox();
    expect(minus && minus.width >= 44 && minus.height >= 44).toBe(true);

    // 750 typed, then the key of an item sold by weight: 0,75 kg, with a comma in Dutch and French.
    await page.locator('#till-code').fill('750');
    await page.locator('.till-quick').getByRole('button', { name: /Kaas/ }).click();
    await expect.poll(() => row(1).textContent()).toMatch(/^0,75 kg\s*Kaas/);
    await page.getByRole('button', { name: 'Français' }).click();
    await expect.poll(() => row(1).locator('.till-qty').textContent()).toBe('0,75 kg');
    await page.getByRole('group', { name: 'Qui fait les courses' }).waitFor();
    // The budget formula comes from the main process: in French once the screen is French.
    await page.getByText('15 € + 1 × 7,50 € = 22,50 €').waitFor();
    await page.screenshot({ path: screenshotPath('till-screen-lines-fr.png') });
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.screenshot({ path: screenshotPath('till-screen-lines.png') });

    // 8,09 + 9,00 = 17,09: cash pays 17,10, and the panel says so before the money is taken.
    await page.keyboard.press('F4');
    await page.getByText('Contant te betalen: € 17,10 (afgerond op 5 cent)').waitFor();
    expect(await page.locator('label[for="till-split-method"]').isVisible()).toBe(true);
    expect(await page.locator('label[for="till-split-amount"]').isVisible()).toBe(true);
    await page.getByLabel('Andere betaalwijze', { exact: true }).selectOption('voucher');
    await page.getByLabel('Bedrag met de andere betaalwijze').fill('5');
    await page.getByText('Contant te betalen: € 12,10 (afgerond op 5 cent)').waitFor();
    await page.screenshot({ path: screenshotPath('till-screen-pay.png') });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByLabel('Andere betaalwijze', { exact: true }).selectOption('');
    // Enter in "Contant gegeven" pays in cash.
    await page.locator('#till-tendered').fill('20');
    await page.locator('#till-tendered').press('Enter');
    await page.getByText('Verkoop 1 klaar. Terug: € 2,90').waitFor();
    // The "not found" of that sale is gone with it.
    expect(await page.getByText('Geen product gevonden.', { exact: false }).count()).toBe(0);
    const sale = await server.app.db.selectFrom('sales').select(['proxy_id']).executeTakeFirstOrThrow();
    expect(sale.proxy_id).not.toBeNull();

    // The receipt can be printed again.
    const jobs = async () => (await server.app.db.selectFrom('print_jobs').select('id').execute()).length;
    const before = await jobs();
    await page.getByRole('button', { name: 'Kassabon opnieuw afdrukken' }).click();
    await page.getByText('De kassabon van verkoop 1 staat in de printwachtrij.').waitFor();
    expect(await jobs()).toBe(before + 1);

    // Park a sale, sell another, resume the first: the other sale's "done" line goes.
    await scan(coffee);
    await page.keyboard.press('F8');
    await page.getByRole('button', { name: 'Geparkeerde verkoop hervatten' }).waitFor();
    await scan(coffee);
    await page.keyboard.press('F4');
    await page.locator('#till-tendered').press('Enter');
    await page.getByText('Verkoop 2 klaar.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Geparkeerde verkoop hervatten' }).click();
    await row(0).waitFor();
    await expect.poll(() => page.getByText('Verkoop 2 klaar.', { exact: false }).count()).toBe(0);

    // Esc leaves the pay panel and keeps the sale; cancelling the sale while paying closes the panel.
    await page.keyboard.press('F4');
    await page.locator('.till-pay').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('.till-pay').waitFor({ state: 'detached' });
    expect(await page.locator('.till-lines tbody tr').count()).toBe(1);
    await page.keyboard.press('F4');
    await page.locator('.till-pay').waitFor();
    await page.locator('.till-side').getByRole('button', { name: 'Verkoop annuleren (Esc)' }).click();
    await page.locator('.till-pay').waitFor({ state: 'detached' });
  });

  it('refuses too many back, takes 0,3 kg, and shows the refund to confirm before paying it', async () => {
    await page.keyboard.press('F9');
    await page.getByLabel('Ticketnummer', { exact: true }).fill('1');
    await page.getByRole('button', { name: 'Verkoop zoeken' }).click();
    await page.getByText('0,75 kg verkocht · 0,75 kg kan terug').waitFor();
    await page.getByLabel('Hoeveel Koffie terug').fill('2');
    await page.getByRole('button', { name: 'Retour', exact: true }).click();
    await page.getByText('Van Koffie kan nog maar 1 terug.').waitFor();
    await page.getByLabel('Hoeveel Koffie terug').fill('');
    await page.getByLabel('Hoeveel kg Kaas terug').fill('0,3');
    await page.getByRole('button', { name: 'Retour', exact: true }).click();
    // 0,3 of 0,75 kg at € 12,00 a kg: € 3,60 back in cash, once confirmed.
    await page.getByText('€ 3,60 terugbetalen via Contant?').waitFor();
    await page.screenshot({ path: screenshotPath('till-screen-return-confirm.png') });
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await salesOfKind('return')).toBe(0);
    await page.getByRole('button', { name: 'Terugbetaling bevestigen' }).click();
    await page.getByText('Retour 3: € 3,60 terugbetaald via Contant.').waitFor();
    const line = await server.app.db
      .selectFrom('sale_lines')
      .innerJoin('sales', 'sales.id', 'sale_lines.sale_id')
      .select(['quantity', 'amount_cents'])
      .where('sales.kind', '=', 'return')
      .executeTakeFirstOrThrow();
    expect(line).toEqual({ quantity: -300, amount_cents: -360 });
  });

  it('lists a receipt waiting for the printer by its sale number', async () => {
    await page.getByRole('button', { name: 'Terug naar de verkoop' }).click();
    server.app.devices.simulateFault('paper-out');
    await scan(coffee);
    await page.keyboard.press('F4');
    await page.locator('#till-tendered').press('Enter');
    await page.getByText('Verkoop 4 klaar.', { exact: false }).waitFor();
    await page.locator('.till-side').getByRole('button', { name: 'Bonnen in wacht: 1' }).click({ timeout: 10_000 });
    const jobs = page.getByTestId('waiting-jobs');
    await expect.poll(() => jobs.textContent()).toContain('Kassabon van verkoop 4');
    await page.screenshot({ path: screenshotPath('till-screen-waiting.png') });
    await jobs.getByRole('button', { name: 'Overslaan' }).click();
    // The sale screen's own count follows the queue, not only the one the last sale returned.
    await page.locator('.till-waiting').waitFor({ state: 'detached' });
    server.app.devices.simulateFault('clear');
  });

  it('refuses a household without an appointment when the shop takes no walk-ins, in words and look', async () => {
    await server.app.db.insertInto('settings').values({ key: 'walkInPolicy', value: '"refused"' }).execute();
    const other = await aShopper(server.app);
    await scan(other.card);
    await page.getByText('Geen afspraak vandaag, en deze winkel werkt alleen op afspraak', { exact: false }).waitFor();
    expect(await page.locator('form.till-scan').getAttribute('class')).toContain('refused');
    const walkIns = await server.app.db
      .selectFrom('appointments')
      .select('id')
      .where('household_id', '=', other.householdId)
      .execute();
    expect(walkIns).toEqual([]);
    await page.screenshot({ path: screenshotPath('till-screen-walk-in-refused.png') });
  });

  it('tells a second volunteer whose shift they continue', async () => {
    // Bart's own shift: no such note.
    expect(await page.locator('.till-shift-other').count()).toBe(0);
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await signInOnScreen(page, 'Chris Coördinator', '5678');
    await page.getByRole('button', { name: /Kassa/ }).click();
    const note = page.locator('.till-shift-other');
    await note.waitFor();
    expect(await note.textContent()).toMatch(
      /^Je werkt verder in de shift van Bart Vrijwilliger \(open sinds 24\/11\/2026, 10:30\)\./,
    );
    await page.screenshot({ path: screenshotPath('till-screen-other-shift.png') });
  });
});
