import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
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

describe('a shift at the till in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let card = '';

  beforeAll(async () => {
    server = await startTestServer();
    const app = server.app;
    await aUser(app, ['coordinator'], 'Chris Coördinator', '5678');
    await aUser(app, ['cashier'], 'Bart Vrijwilliger', '1357');
    await aRuleSet(app, { base: 1500, perAdult: 750, effectiveFrom: '2026-01-01' });
    const shopper = await aShopper(app);
    card = shopper.card;
    // The README's screenshot shows a first name, as the till does (never a surname).
    await app.db
      .updateTable('members')
      .set({ first_name: 'Fatima' })
      .where('household_id', '=', shopper.householdId)
      .execute();
    await aProduct(app, { socialCents: 1000, referenceCents: 2000, barcode: '5400000000010', nameNl: 'Rijst 5 kg' });
    await aProduct(app, {
      socialCents: 0,
      referenceCents: 250,
      inBudget: false,
      barcode: '5400000000027',
      nameNl: 'Brood',
    });
    const cream = await aProduct(app, {
      socialCents: 150,
      inBudget: false,
      barcode: '5400000000034',
      nameNl: 'Crème fraîche',
    });
    await app.db.insertInto('item_limits').values({ product_id: cream, per_visit: 2, per_period: 4 }).execute();
    const apples = await aProduct(app, { socialCents: 50, inBudget: false, nameNl: 'Appel' });
    await app.db.updateTable('products').set({ quick_key: 1 }).where('id', '=', apples).execute();
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

  it('opens a shift, sells with a refusal, search, quick key, an override and a split payment, returns, and closes with a variance', async () => {
    await page.goto(server.bridge.url);
    await signInOnScreen(page, 'Bart Vrijwilliger', '1357');
    await page.getByRole('button', { name: /Kassa/ }).click();
    await page.getByRole('heading', { name: 'Shift openen: tel het wisselgeld' }).waitFor();
    await page.getByLabel('€ 50,00').fill('2');
    await page.getByRole('button', { name: 'Shift openen' }).click();

    await scan(card);
    await page.getByText('Fatima · 1 persoon').waitFor();
    await page.getByText('Crème fraîche: hoogstens 2 per bezoek · hoogstens 4 per week (0 genomen)').waitFor();
    // A misread (wrong check digit) says "scan again" and adds nothing; the next good scan clears it.
    await scan('5400000000012');
    await page.getByText('Slecht gelezen: scan opnieuw').waitFor();
    expect(await page.locator('.till-lines tr').count()).toBe(0);
    await scan('5400000000010');
    await scan('5400000000010');
    await scan('5400000000010');
    await page.getByRole('heading', { name: 'Rijst 5 kg geweigerd' }).waitFor();
    await page.screenshot({ path: screenshotPath('till-refusal.png') });
    // The refusal is a sentence with money, never a reason code.
    await page.getByText('Dit product kost € 10,00, maar van het budget van € 22,50').waitFor();
    expect(await page.locator('.till-refusal').textContent()).not.toMatch(/budget-exceeded|Cents|periodKey/);
    // The same refusal for a French-speaking volunteer.
    await page.getByRole('button', { name: 'Français' }).click();
    await page.getByText('Cet article coûte 10,00 €, mais il ne reste que 2,50 €').waitFor();
    await page.getByText('Statut : actif').waitFor();
    await page.screenshot({ path: screenshotPath('till-refusal-fr.png') });
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('button', { name: 'Niet meenemen' }).click();
    // Two loaves in one go: a quantity typed before the code.
    await scan('2*5400000000027');
    await expect.poll(() => page.locator('.till-lines tr').nth(1).textContent()).toMatch(/2 ×\s*Brood/);
    // F2: search by name without the accents, arrow down and back, Enter adds.
    await page.keyboard.press('F2');
    await page.getByLabel('Productnaam').fill('creme fraiche');
    await page.getByRole('button', { name: /Crème fraîche/ }).waitFor();
    await page.screenshot({ path: screenshotPath('till-search.png') });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByLabel('Productnaam').press('ArrowDown');
    await page.getByLabel('Productnaam').press('ArrowUp');
    await page.getByLabel('Productnaam').press('Enter');
    await page.locator('.till-lines').getByText('Crème fraîche').waitFor();
    // A quick key by touch for an item without a barcode.
    await page.locator('.till-quick').getByRole('button', { name: /Appel/ }).click();
    await page.locator('.till-lines').getByText('Appel').waitFor();
    // A number typed first, then the key: three more apples on the same line.
    await page.locator('#till-code').fill('3');
    await page.locator('.till-quick').getByRole('button', { name: /Appel/ }).click();
    await expect.poll(() => page.locator('.till-lines tr').nth(3).textContent()).toMatch(/4 ×\s*Appel/);
    expect(await page.locator('.till-lines tr').count()).toBe(4);
    await expect.poll(() => page.locator('.till-lines tr').first().textContent()).toMatch(/2 ×\s*Rijst 5 kg/);
    await page.screenshot({ path: screenshotPath('cashier.png') });
    // The README shows this screen; the committed copy is refreshed by this test.
    copyFileSync(screenshotPath('cashier.png'), join(process.cwd(), 'test/e2e/screenshots/cashier.png'));

    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.keyboard.press('F4');
    await page.locator('#till-tendered').fill('50');
    await page.getByRole('button', { name: 'Contant', exact: true }).click();
    await page.getByText('Verkoop 1 klaar.').waitFor();

    // Sale 2: the coordinator overrides the refused line.
    await scan(card);
    await scan('5400000000010');
    await page.getByRole('heading', { name: 'Rijst 5 kg geweigerd' }).waitFor();
    await page.getByLabel('Pincode coördinator').fill('5678');
    await page.getByLabel('Reden').fill('noodgeval gezin');
    await page.getByRole('button', { name: 'Uitzondering door coördinator' }).click();
    await page.getByText('€ 10,00').first().waitFor();
    await page.keyboard.press('F4');
    await page.getByRole('button', { name: 'Bancontact' }).click();
    await page.getByText('Verkoop 2 klaar.').waitFor();

    // Sale 3: anonymous, voucher + cash.
    await scan('5400000000010');
    await page.keyboard.press('F4');
    await page.getByLabel('Andere betaalwijze', { exact: true }).selectOption('voucher');
    await page.getByLabel('Bedrag met de andere betaalwijze').fill('5');
    // Too little cash first: a Dutch sentence with the amount, not the reason code.
    await page.locator('#till-tendered').fill('2');
    await page.locator('.till-pay fieldset').getByRole('button', { name: 'Betalen (F4)' }).click();
    await page.getByText('Er werd minder contant gegeven dan de € 5,00 die contant te betalen is.').waitFor();
    expect(await page.locator('.till-pay').textContent()).not.toMatch(/tendered-short|dueCents/);
    await page.screenshot({ path: screenshotPath('till-tendered-short.png') });
    await page.locator('#till-tendered').fill('5');
    await page.locator('.till-pay fieldset').getByRole('button', { name: 'Betalen (F4)' }).click();
    await page.getByText('Verkoop 3 klaar.').waitFor();
    await page.screenshot({ path: screenshotPath('till-after-split.png') });

    // A return of one rice from sale 1 (paid in cash), by receipt number.
    await page.keyboard.press('F9');
    await page.getByLabel('Ticketnummer', { exact: true }).fill('1');
    await page.getByRole('button', { name: 'Verkoop zoeken' }).click();
    await page.getByLabel('Hoeveel Rijst 5 kg terug').fill('1');
    await page.screenshot({ path: screenshotPath('till-return.png') });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Retour', exact: true }).click();
    // The refund is shown to confirm before it is paid out.
    await page.getByText('€ 10,00 terugbetalen via Contant?').waitFor();
    await page.getByRole('button', { name: 'Terugbetaling bevestigen' }).click();
    await page.getByText('Retour 4: € 10,00 terugbetaald via Contant.').waitFor();
    await page.getByRole('button', { name: 'Terug naar de verkoop' }).click();

    await page.getByRole('button', { name: 'Shift afsluiten' }).click();
    await page.getByLabel('€ 50,00').fill('2');
    await page.getByLabel('€ 10,00').fill('1');
    await page.getByLabel('€ 5,00').fill('1');
    await page.getByRole('button', { name: 'Shift afsluiten' }).click();
    await page.getByText(/verschil/).waitFor();
    await page.getByText('Verkopen: 3').waitFor();
    await page.getByText('Retours: 1').waitFor();
    await page.screenshot({ path: screenshotPath('till-closed.png') });
    const shift = await server.app.db.selectFrom('shifts').selectAll().executeTakeFirstOrThrow();
    // Float 100 + cash 23,50 (sale 1) + 5 (sale 3) - 10 (return) = 118,50 expected; 115 counted.
    expect(shift.expected_cents).toBe(11850);
    expect(shift.variance_cents).toBe(-350);
    const returned = await server.app.db.selectFrom('sales').select('number').where('kind', '=', 'return').execute();
    expect(returned.map((r) => r.number)).toEqual([4]);
  });

  it('keeps the scan field, the total and the newest line in view at 1024×768 with a long basket', async () => {
    await page.getByRole('button', { name: 'Nieuwe shift openen' }).click();
    await page.getByLabel('€ 50,00').fill('2');
    await page.getByRole('button', { name: 'Shift openen' }).click();
    await scan(card);
    await page.getByText('Fatima · 1 persoon').waitFor();
    const barcodes = Array.from({ length: 14 }, (_, i) => withCheckDigit(`541000000${100 + i}`));
    for (const barcode of barcodes) await aProduct(server.app, { socialCents: 10, inBudget: false, barcode });
    for (const [i, barcode] of barcodes.entries()) {
      await scan(barcode);
      await page.locator('.till-lines tbody tr').nth(i).waitFor();
    }
    const last = page.locator('.till-lines tbody tr').last();
    await expect.poll(() => last.getAttribute('class')).toContain('till-line-last');
    // The page itself does not scroll: the lines box does, and shows the line just scanned.
    expect(await page.evaluate('document.scrollingElement.scrollHeight <= window.innerHeight')).toBe(true);
    for (const locator of [last, page.locator('.till-total'), page.locator('#till-code')]) {
      const box = await locator.boundingBox();
      expect(box && box.y >= 0 && box.y + box.height <= 768).toBe(true);
    }
    await page.screenshot({ path: screenshotPath('till-long-basket.png') });
    await page.keyboard.press('Escape');
    await page.locator('.till-lines tbody tr').first().waitFor({ state: 'detached' });
  });

  it('keeps a code in the field until its answer; a code typed meanwhile replaces it and Enter does not send one twice', async () => {
    // The page's calls to the till, held back while `holding`: a slow answer, made on purpose.
    let holding = false;
    const held: string[] = [];
    let forward: (message: string) => void = () => undefined;
    // It carries on the shift the tests above opened, on a page of its own whose socket it can hold.
    const slow = await browser.newPage({ viewport: { width: 1024, height: 768 } });
    try {
      await slow.routeWebSocket(/\/api\/events/, (ws) => {
        const till = ws.connectToServer();
        forward = (message) => till.send(message);
        ws.onMessage((message) => {
          const text = String(message);
          if (holding && text.includes('till:scan-product')) held.push(text);
          else till.send(text);
        });
        till.onMessage((message) => ws.send(message));
      });
      await slow.goto(server.bridge.url);
      await signInOnScreen(slow, 'Bart Vrijwilliger', '1357');
      await slow.getByRole('button', { name: /Kassa/ }).click();
      const field = slow.locator('#till-code');
      await field.fill(card);
      await field.press('Enter');
      await slow.getByText('Fatima · 1 persoon').waitFor();

      holding = true;
      // Out-of-budget items: this household's budget went on the earlier sales.
      const nextCode = withCheckDigit('541000000100');
      await field.fill('5400000000027');
      await field.press('Enter');
      await expect.poll(() => held.length).toBe(1);
      await field.press('Enter'); // the same code, still on its way: not sent again
      expect(await field.inputValue()).toBe('5400000000027');
      await slow.keyboard.type(nextCode); // the next code replaces the one on its way
      expect(await field.inputValue()).toBe(nextCode);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(held).toHaveLength(1);

      holding = false;
      for (const message of held) forward(message);
      await slow.getByRole('cell', { name: 'Brood', exact: true }).waitFor();
      expect(await field.inputValue()).toBe(nextCode); // the answer does not wipe the new code
      await field.press('Enter');
      await slow.locator('.till-lines tbody tr').nth(1).waitFor();
      await expect.poll(() => field.inputValue()).toBe('');
      expect(await slow.locator('.till-lines tbody tr').count()).toBe(2);
      await slow.keyboard.press('Escape');
    } finally {
      await slow.close();
    }
  });
});
