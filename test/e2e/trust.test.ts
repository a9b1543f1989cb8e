// The coordinator's trust screens in Chromium: the audit log filtered by user and action, backups
// with a passphrase and a backup taken by hand, the file check, the retention dry run.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/browser-mode';
import { aUser } from '../support/builders';
import { launchChromium } from '../support/chromium';
import { screenshotPath } from '../support/screenshots';
import { signInOnScreen } from '../support/sign-in-screen';
import { aShopWithSales } from '../support/trust-builders';

describe('trust screens in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startTestServer();
    await aShopWithSales(server.app, 2);
    await aUser(server.app, ['coordinator'], 'Anna Coördinator', '2468');
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
    await page.goto(server.bridge.url);
    await signInOnScreen(page, 'Anna Coördinator', '2468');
    await page.getByRole('heading', { name: 'Hallo Anna Coördinator' }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('filters the audit log by user and action', async () => {
    await page.getByRole('button', { name: /Auditlog/ }).click();
    await page.getByRole('heading', { name: 'Auditlogboek' }).waitFor();
    await page.getByRole('cell', { name: 'Aangemeld' }).first().waitFor();
    await page.getByLabel('Gebruiker').selectOption({ label: 'Anna Coördinator' });
    await page.getByLabel('Handeling').selectOption('auth.login');
    await page.getByRole('button', { name: 'Filteren' }).click();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
    await page.screenshot({ path: screenshotPath('trust-audit.png') });
  });

  it('sets a backup folder and passphrase, backs up by hand and shows the file check', async () => {
    await page.goto(`${server.bridge.url.split('#')[0]}#/backups`);
    await page.getByRole('heading', { name: 'Back-ups', exact: true }).waitFor();
    const stick = join(server.dbPath, '..', 'stick');
    // The stick is not plugged in: refused in words under the field, nothing made on the till's disk.
    await page.getByLabel('Map voor back-ups').fill(stick);
    await page.getByRole('button', { name: 'Bewaren' }).click();
    await page.getByText('Deze map bestaat niet. Steek de USB-stick in').waitFor();
    await page.screenshot({ path: screenshotPath('trust-backup-folder-missing.png'), fullPage: true });
    expect(await page.getByText('Nog geen map gekozen').count()).toBe(1);
    mkdirSync(stick);
    await page.getByLabel(/Nieuwe wachtzin/).fill('een lange wachtzin voor de winkel');
    await page.getByRole('button', { name: 'Bewaren' }).click();
    await page.getByText('Back-ups worden versleuteld met de wachtzin van de winkel.').waitFor();
    await page.getByRole('button', { name: 'Nu back-up maken' }).click();
    await page.getByText('Back-up bewaard en gecontroleerd.').waitFor();
    await page.getByText(/met de hand · \d+ kB, gecontroleerd/).waitFor();
    // Every 0 hours: refused under the field, and the earlier success message is gone.
    await page.getByLabel('Elke … uur').fill('0');
    await page.getByRole('button', { name: 'Bewaren' }).click();
    await page.getByText('Geef een geheel aantal uren van 1 tot 168').waitFor();
    expect(await page.getByText('Back-up bewaard en gecontroleerd.').count()).toBe(0);
    expect(await page.getByText('Instellingen voor back-ups bewaard.').count()).toBe(0);
    await page.screenshot({ path: screenshotPath('trust-backup-interval-zero.png'), fullPage: true });
    await page.getByLabel('Elke … uur').fill('24');
    await page.getByRole('button', { name: 'Nu controleren' }).click();
    await page.getByText(/alles is in orde/).waitFor();
    await page.getByText(/Gezin #1, Gent, afgelopen 2023-06-30/).waitFor();
    await page.screenshot({ path: screenshotPath('trust-backups.png'), fullPage: true });
  });

  it('says plainly when the stick was pulled out, and a backup then fails instead of landing on the disk', async () => {
    const stick = join(server.dbPath, '..', 'stick');
    rmSync(stick, { recursive: true });
    await page.reload();
    await page.getByText(/zit de USB-stick erin\? Er kan nu geen back-up gemaakt worden/).waitFor();
    await page.getByRole('button', { name: 'Nu back-up maken' }).click();
    await page.getByText(/met de hand · MISLUKT: map niet gevonden \(USB-stick niet ingestoken\?\)/).waitFor();
    expect(await page.getByText('Back-up bewaard en gecontroleerd.').count()).toBe(0);
    await page.screenshot({ path: screenshotPath('trust-backup-stick-out.png'), fullPage: true });
    // Every screen tells the coordinator, not only this one.
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByText('Er worden geen back-ups gemaakt: de map voor back-ups (USB-stick) is er niet.').waitFor();
    await page.screenshot({ path: screenshotPath('trust-backup-warning-home.png') });
    await page.getByRole('button', { name: 'Back-ups openen' }).click();
    await page.getByRole('heading', { name: 'Back-ups', exact: true }).waitFor();
    mkdirSync(stick);
  });

  it("downloads a household's own data as a PDF", async () => {
    // Found by a misspelt name, as on the appointments screen: nobody knows a household's number.
    await page.locator('#export-household').fill('vandermeulebroek');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('list', { name: 'Gevonden gezinnen' }).waitFor();
    await page.screenshot({ path: screenshotPath('trust-export-find.png') });
    await page
      .getByRole('list', { name: 'Gevonden gezinnen' })
      .getByRole('button', { name: /Zebedeus Vandermeulebroecke · 14\/03\/1971/ })
      .click();
    await page.getByText('Gegevens van Zebedeus Vandermeulebroecke').waitFor();
    await page.screenshot({ path: screenshotPath('trust-export-household.png'), fullPage: true });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'PDF downloaden' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('household-2-2026-11-24.pdf');
  });
});
