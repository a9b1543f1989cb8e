// Issue 7 in Chromium: the coordinator's device screen shows the (fake) printer going out of paper
// with a receipt waiting, and coming back: the receipt prints and the panel turns green again.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/browser-mode';
import { aUser } from '../support/builders';
import { launchChromium } from '../support/chromium';
import { screenshotPath } from '../support/screenshots';

describe('device health panel in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startTestServer();
    await aUser(server.app, ['coordinator'], 'Anna Coördinator', '1357');
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
    await page.goto(server.bridge.url);
    await page.getByRole('button', { name: 'Anna Coördinator' }).click();
    await page.getByLabel('Pincode', { exact: true }).fill('1357');
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page
      .getByRole('button', { name: /Scanner en printer|Toestellen/ })
      .first()
      .click();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('reacts to paper out and back, with the receipt waiting and then printed', async () => {
    const printerHealth = page.getByTestId('printer-health');
    await expect.poll(() => printerHealth.textContent()).toBe('Printer klaar');
    await page.screenshot({ path: screenshotPath('devices-ready.png') });

    // The printer runs out of paper (pushed from the server side, as a real printer would be).
    server.app.devices.simulateFault('paper-out');
    await server.app.devices.queue.enqueue('receipt', {
      items: [{ kind: 'text', text: 'Bon 1' }, { kind: 'cut' }],
    });
    server.app.devices.wake();
    await expect.poll(() => printerHealth.textContent(), { timeout: 10_000 }).toBe('Printer: papier op');
    await expect.poll(() => page.getByTestId('waiting-health').textContent()).toBe('Bonnen in wacht: 1');
    await page.getByRole('button', { name: 'Opnieuw' }).waitFor();
    await page.screenshot({ path: screenshotPath('devices-paper-out.png') });

    // Paper back in, through the simulate buttons this time.
    await page.getByRole('button', { name: 'Printer hersteld' }).click();
    await expect.poll(() => printerHealth.textContent(), { timeout: 10_000 }).toBe('Printer klaar');
    await expect
      .poll(() => page.getByTestId('waiting-health').textContent(), { timeout: 10_000 })
      .toBe('Geen bonnen in wacht');
    expect(server.app.devices.fakePrinter?.printed.length).toBe(1);
    await page.screenshot({ path: screenshotPath('devices-back.png') });
  });
});
