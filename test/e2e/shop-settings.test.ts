// A coordinator opens the shop settings, takes walk-ins only by appointment and stops taking vouchers;
// after a reload both are kept, and the till's own settings agree. Unticking every way to pay is
// refused next to the field, in Dutch, and nothing of that attempt is saved.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSettings } from '../../main/services/settings';
import { seriousAxeViolations } from '../support/axe';
import { startTestServer, type TestServer } from '../support/browser-mode';
import { aUser } from '../support/builders';
import { launchChromium } from '../support/chromium';
import { screenshotPath } from '../support/screenshots';
import { signInOnScreen } from '../support/sign-in-screen';

describe('shop settings screen in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startTestServer();
    await aUser(server.app, ['coordinator'], 'Anna Coördinator', '2468');
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
    await page.goto(server.bridge.url);
    await signInOnScreen(page, 'Anna Coördinator', '2468');
    await page.getByRole('heading', { name: 'Hallo Anna Coördinator' }).waitFor();
    await page.getByRole('button', { name: /Winkelinstellingen/ }).click();
    await page.getByRole('heading', { name: 'Kassa en betalen' }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('keeps a new walk-in policy and payment methods after a reload', async () => {
    await page.screenshot({ path: screenshotPath('shop-settings-nl.png') });
    await page.screenshot({ path: screenshotPath('shop-settings-full-nl.png'), fullPage: true });
    await page.getByRole('radio', { name: /Afspraak nodig/ }).check();
    await page.getByRole('checkbox', { name: 'Waardebon' }).uncheck();
    await page.getByRole('button', { name: 'Instellingen bewaren' }).click();
    await page.getByText('De instellingen zijn bewaard.').waitFor();

    await page.reload();
    await page.getByRole('heading', { name: 'Kassa en betalen' }).waitFor();
    expect(await page.getByRole('radio', { name: /Afspraak nodig/ }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: /Alleen als er plaats is/ }).isChecked()).toBe(false);
    expect(await page.getByRole('checkbox', { name: 'Waardebon' }).isChecked()).toBe(false);
    expect(await page.getByRole('checkbox', { name: 'Contant' }).isChecked()).toBe(true);
    const stored = await readSettings(server.app.db);
    expect(stored.walkInPolicy).toBe('refused');
    expect(stored.paymentMethods).toEqual(['cash', 'card', 'account']);
  });

  it('refuses a till without any way to pay, next to the field, and saves nothing of that attempt', async () => {
    await page.getByLabel('Een inschrijving duurt (maanden)').fill('12');
    for (const method of ['Contant', 'Bankkaart', 'Op rekening (gefactureerd aan de doorverwijzende organisatie)'])
      await page.getByRole('checkbox', { name: method }).uncheck();
    await page.getByRole('button', { name: 'Instellingen bewaren' }).click();
    await page.getByText('Kies minstens één manier van betalen.').waitFor();
    await page.getByText('Er is niets bewaard: kijk naar de velden in het rood.').waitFor();
    // The first field in red takes the focus, so the coordinator lands where the problem is.
    // (Page script as a string: the test is compiled without the DOM library.)
    await expect.poll(() => page.evaluate('document.activeElement?.closest("label")?.textContent')).toBe('Contant');
    const stored = await readSettings(server.app.db);
    expect(stored.enrolmentMonths).toBe(6);
    expect(stored.paymentMethods).toEqual(['cash', 'card', 'account']);

    // A number out of range says which numbers the till takes.
    await page.getByRole('checkbox', { name: 'Contant' }).check();
    await page.getByLabel('Scherm vergrendelen na (minuten zonder gebruik)').fill('500');
    await page.getByRole('button', { name: 'Instellingen bewaren' }).click();
    await page.getByText('Vul een geheel getal in van 1 tot 120.').waitFor();
    expect(await page.getByText('Kies minstens één manier van betalen.').count()).toBe(0);
    await page.screenshot({ path: screenshotPath('shop-settings-error-nl.png') });
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect((await readSettings(server.app.db)).idleLockMinutes).toBe(5);
  });

  it('reads in French, barcode rules included, at 1024×768', async () => {
    await page.reload();
    await page.getByRole('button', { name: /^FR/ }).click();
    await page.getByRole('heading', { name: 'Caisse et paiements' }).waitFor();
    await page.screenshot({ path: screenshotPath('shop-settings-top-fr.png') });
    await page.getByRole('button', { name: 'Ajouter une règle' }).click();
    await page.getByLabel('Commence par').nth(2).selectOption('21');
    await page.getByRole('button', { name: 'Enregistrer les réglages' }).click();
    await page.getByText('Une autre règle commence déjà par ces chiffres.').waitFor();
    await page.screenshot({ path: screenshotPath('shop-settings-fr.png') });
    await page.getByRole('heading', { name: 'Codes-barres' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('shop-settings-barcodes-fr.png') });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Supprimer la règle pour 21' }).last().click();
    await page.getByRole('button', { name: 'Enregistrer les réglages' }).click();
    await page.getByText('Rien n’a été modifié.').waitFor();
    await page.getByRole('button', { name: /^NL/ }).click();
  });

  it('shows the other screens in a new time zone at once, without signing in again', async () => {
    // 25 hours apart: "today" is never the same date in both, whatever the hour of the run.
    for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      await page.getByRole('button', { name: 'Start' }).click();
      await page.getByRole('button', { name: /Winkelinstellingen/ }).click();
      await page.getByLabel('Tijdzone').selectOption(zone);
      await page.getByRole('button', { name: 'Instellingen bewaren' }).click();
      await page.getByText('De instellingen zijn bewaard.').waitFor();
      await page.getByRole('button', { name: 'Start' }).click();
      await page.getByRole('button', { name: /Afspraken/ }).click();
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date());
      expect(await page.locator('#appt-date').inputValue()).toBe(today);
    }
  });
});
