// A coordinator deactivates a user created twice by mistake: the sign-in list then shows one
// "Jan De Smet" button instead of two; deactivating oneself is refused under the button.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from '../support/axe';
import { startTestServer, type TestServer } from '../support/browser-mode';
import { aUser } from '../support/builders';
import { launchChromium } from '../support/chromium';
import { screenshotPath } from '../support/screenshots';
import { signInOnScreen } from '../support/sign-in-screen';

describe('users screen in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startTestServer();
    await aUser(server.app, ['coordinator'], 'Anna Coördinator', '2468');
    await aUser(server.app, ['cashier'], 'Jan De Smet', '1357');
    await aUser(server.app, ['cashier'], 'Jan De Smet', '1111');
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
    await page.goto(server.bridge.url);
    await page.getByRole('button', { name: 'Jan De Smet' }).first().waitFor();
    expect(await page.getByRole('button', { name: 'Jan De Smet' }).count()).toBe(2);
    await signInOnScreen(page, 'Anna Coördinator', '2468');
    await page.getByRole('heading', { name: 'Hallo Anna Coördinator' }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('refuses a coordinator deactivating themselves, on the screen, in Dutch', async () => {
    await page.getByRole('button', { name: /Gebruikers/ }).click();
    await page.getByRole('button', { name: 'Anna Coördinator wijzigen' }).click();
    await page.getByRole('button', { name: 'Anna Coördinator deactiveren' }).click();
    await page.getByText('U kunt uzelf niet deactiveren. Vraag het aan een andere coördinator.').waitFor();
  });

  it('edits a user in French: the last coordinator keeps their role, a new PIN is confirmed', async () => {
    await page.getByRole('button', { name: /^FR/ }).click();
    await page.getByRole('button', { name: 'Modifier Anna Coördinator' }).click();
    await page.getByRole('checkbox', { name: 'Caissier·ère' }).check();
    await page.getByRole('checkbox', { name: 'Coordinateur·rice' }).uncheck();
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Le magasin a besoin d’au moins un coordinateur actif.').waitFor();
    await page.getByLabel('Nouveau code PIN (4 à 8 chiffres)').fill('97531');
    await page.getByRole('button', { name: 'Définir ce code PIN' }).click();
    await page.getByText(/Anna Coördinator a un nouveau code PIN/).waitFor();
    await page.screenshot({ path: screenshotPath('users-edit-fr.png'), fullPage: true });
    await page.getByRole('button', { name: /^NL/ }).click();
    await page.getByRole('button', { name: 'Annuleren' }).click();
  });

  it('deactivates the duplicate, which leaves the sign-in list', async () => {
    const duplicateRow = page.locator('tbody tr').filter({ hasText: 'Jan De Smet' }).nth(1);
    await duplicateRow.getByRole('button', { name: 'Wijzigen' }).click();
    await page.getByRole('button', { name: 'Jan De Smet deactiveren' }).click();
    await page.getByText('Jan De Smet is gedeactiveerd.').waitFor();
    await expect.poll(() => page.getByRole('cell', { name: 'gedeactiveerd' }).count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('users-deactivated.png'), fullPage: true });

    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.getByRole('button', { name: 'Anna Coördinator' }).waitFor();
    expect(await page.getByRole('button', { name: 'Jan De Smet' }).count()).toBe(1);
    await page.screenshot({ path: screenshotPath('users-sign-in-list.png') });
  });
});
