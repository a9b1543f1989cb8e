import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/browser-mode';
import { launchChromium } from '../support/chromium';
import { screenshotPath } from '../support/screenshots';

describe('first run and login in Chromium, through browser mode', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('creates the first coordinator, who lands on the coordinator home', async () => {
    await page.goto(server.bridge.url);
    await page.getByRole('heading', { name: 'Welkom! Maak de eerste coördinator aan' }).waitFor();
    await page.getByLabel('Naam').fill('Anna Coördinator');
    await page.getByLabel('Pincode', { exact: true }).fill('2468');
    await page.getByLabel('Pincode opnieuw').fill('2468');
    await page.getByRole('button', { name: 'Aanmaken en aanmelden' }).click();
    await page.getByRole('button', { name: /Gebruikers/ }).waitFor();
    // The launch token is taken out of the address bar once read.
    expect(page.url()).not.toContain('token=');
    await page.getByRole('button', { name: /Gebruikers/ }).click();
    await page.getByLabel('Naam').fill('Bart Vrijwilliger');
    await page.getByLabel('Pincode (4 tot 8 cijfers)').fill('1357');
    await page.getByRole('button', { name: 'Bewaren' }).click();
    await page.getByText('Bart Vrijwilliger kan zich nu aanmelden.').waitFor();
    await page.getByRole('button', { name: 'Afmelden' }).click();
  });

  it('signs a cashier in with the on-screen keypad, refusing a wrong PIN first', async () => {
    await page.getByRole('button', { name: 'Bart Vrijwilliger' }).click();
    await page.getByLabel('Pincode', { exact: true }).fill('9999');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Verkeerde pincode. Nog 4 pogingen.');
    for (const digit of '1357') await page.getByRole('button', { name: digit, exact: true }).click();
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.getByRole('heading', { name: 'Hallo Bart Vrijwilliger' }).waitFor();
    // A cashier sees the till, and not the coordinator's screens.
    expect(await page.getByRole('button', { name: /Kassa/ }).count()).toBe(1);
    expect(await page.getByRole('button', { name: /Gebruikers/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Français' }).click();
    await page.getByRole('heading', { name: 'Bonjour Bart Vrijwilliger' }).waitFor();
    await page.screenshot({ path: screenshotPath('login-cashier-home.png') });
  });

  it('shows the login screen in French after signing out, with the name list', async () => {
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByRole('heading', { name: 'Qui est à la caisse ?' }).waitFor();
    await page.screenshot({ path: screenshotPath('login.png') });
    expect(await page.getByRole('button', { name: 'Anna Coördinator' }).count()).toBe(1);
  });
});
