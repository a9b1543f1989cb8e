import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from '../support/axe';
import { startTestServer, type TestServer } from '../support/browser-mode';
import { aProduct, aUser } from '../support/builders';
import { launchChromium } from '../support/chromium';
import { aRuleSet } from '../support/rules-builders';
import { screenshotPath } from '../support/screenshots';
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
    card = (await aShopper(app)).card;
    await aProduct(app, { socialCents: 1000, referenceCents: 2000, barcode: '5400000000011', nameNl: 'Rijst 5 kg' });
    await aProduct(app, {
      socialCents: 0,
      referenceCents: 250,
      inBudget: false,
      barcode: '5400000000028',
      nameNl: 'Brood',
    });
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

  it('opens a shift, sells with a refusal and an override, splits a payment, and closes with a variance', async () => {
    await page.goto(server.bridge.url);
    await page.getByRole('button', { name: 'Bart Vrijwilliger' }).click();
    await page.getByLabel('Pincode', { exact: true }).fill('1357');
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.getByRole('button', { name: /Kassa/ }).click();
    await page.getByRole('heading', { name: 'Shift openen: tel het wisselgeld' }).waitFor();
    await page.getByLabel('€ 50,00').fill('2');
    await page.getByRole('button', { name: 'Shift openen' }).click();

    await scan(card);
    await page.getByText('Member0 · 1 persoon').waitFor();
    await scan('5400000000011');
    await scan('5400000000011');
    await scan('5400000000011');
    await page.getByRole('heading', { name: 'Rijst 5 kg geweigerd' }).waitFor();
    await page.screenshot({ path: screenshotPath('till-refusal.png') });
    await page.getByRole('button', { name: 'Niet meenemen' }).click();
    await scan('5400000000028');
    await page.screenshot({ path: screenshotPath('cashier.png') });

    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.keyboard.press('F4');
    await page.locator('#till-tendered').fill('50');
    await page.getByRole('button', { name: 'Contant', exact: true }).click();
    await page.getByText('Verkoop 1 klaar.').waitFor();

    // Sale 2: the coordinator overrides the refused line.
    await scan(card);
    await scan('5400000000011');
    await page.getByRole('heading', { name: 'Rijst 5 kg geweigerd' }).waitFor();
    await page.getByLabel('Pincode coördinator').fill('5678');
    await page.getByLabel('Reden').fill('noodgeval gezin');
    await page.getByRole('button', { name: 'Uitzondering door coördinator' }).click();
    await page.getByText('€ 10,00').first().waitFor();
    await page.keyboard.press('F4');
    await page.getByRole('button', { name: 'Bancontact' }).click();
    await page.getByText('Verkoop 2 klaar.').waitFor();

    // Sale 3: anonymous, voucher + cash.
    await scan('5400000000011');
    await page.keyboard.press('F4');
    await page.getByLabel('split').selectOption('voucher');
    await page.getByLabel('amount').fill('5');
    await page.locator('#till-tendered').fill('5');
    await page.locator('.till-pay fieldset').getByRole('button', { name: 'Betalen (F4)' }).click();
    await page.getByText('Verkoop 3 klaar.').waitFor();
    await page.screenshot({ path: screenshotPath('till-after-split.png') });

    await page.getByRole('button', { name: 'Shift afsluiten' }).click();
    await page.getByLabel('€ 50,00').fill('2');
    await page.getByLabel('€ 20,00').fill('1');
    await page.getByRole('button', { name: 'Shift afsluiten' }).click();
    await page.getByText(/verschil/).waitFor();
    await page.screenshot({ path: screenshotPath('till-closed.png') });
    const shift = await server.app.db.selectFrom('shifts').selectAll().executeTakeFirstOrThrow();
    // Float 100 + cash 20 + 5 = 125 expected; 120 counted.
    expect(shift.variance_cents).toBe(-500);
  });
});
