// Issue 7 in Chromium: the coordinator's device screen shows the (fake) printer going out of paper
// with a receipt waiting, and coming back: the receipt prints and the panel turns green again.
// Then the keyboard-wedge fallback and bad reads on the test scan, and the scanner pulled mid-shift
// as the till's health badge shows it.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/browser-mode';
import { aUser } from '../support/builders';
import { launchChromium } from '../support/chromium';
import { screenshotPath } from '../support/screenshots';
import { signInOnScreen } from '../support/sign-in-screen';

describe('device health panel in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startTestServer();
    await aUser(server.app, ['coordinator', 'cashier'], 'Anna Coördinator', '1357');
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
    await page.goto(server.bridge.url);
    await signInOnScreen(page, 'Anna Coördinator', '1357');
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

  /** Keydowns as a wedge scanner sends them, to whatever has focus, `gapMs` apart. */
  // Written as page script (strings): the test itself is compiled without the DOM library.
  const wedge = (text: string, gapMs = 0, end = 'Enter') =>
    page.evaluate(`(async () => {
      for (const key of [...${JSON.stringify(text)}, ${JSON.stringify(end)}]) {
        const target = document.activeElement ?? document.body;
        target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
        // A burst goes out in one task, so a busy test machine cannot stretch it into typing.
        if (${gapMs} > 0) await new Promise((resolve) => setTimeout(resolve, ${gapMs}));
      }
    })()`);
  const blur = () => page.evaluate('document.activeElement?.blur()');

  it('takes wedge scans outside the fields, decodes AZERTY digits, and says scan again on a bad read', async () => {
    const message = page.locator('#test-scan + p.message');
    await blur();
    // A QWERTY scanner on a Belgian AZERTY PC: 5449000000996 arrives as (''çààààààçç§.
    await wedge("(''çààààààçç§");
    await expect.poll(() => message.textContent()).toBe('Goed gelezen: 5449000000996');
    await wedge('5449000000995');
    await expect.poll(() => message.textContent()).toBe('Slecht gelezen: scan opnieuw');
    await page.screenshot({ path: screenshotPath('devices-scan-again.png') });
    // A person typing (80 ms a key) is not a scan.
    await wedge('96385074', 80);
    expect(await message.textContent()).toBe('Slecht gelezen: scan opnieuw');
    // Focus in a field: the keys are that field's, the wedge takes nothing.
    await page.locator('#scanner-device').focus();
    await wedge('96385074', 0, 'Tab');
    expect(await message.textContent()).toBe('Slecht gelezen: scan opnieuw');
    await blur();
    await wedge('96385074');
    await expect.poll(() => message.textContent()).toBe('Goed gelezen: 96385074');
    // The HID scanner's reads (pushed from the main process) follow the same rule.
    server.app.devices.fakeScanner?.scan('5449000000995', { symbology: 'ean13' });
    await expect.poll(() => message.textContent()).toBe('Slecht gelezen: scan opnieuw');
  });

  it('shows a scanner pulled out mid-shift on the till, and back', async () => {
    await page
      .getByRole('button', { name: /Start|Home|Begin/ })
      .first()
      .click();
    await page.getByRole('button', { name: /Kassa/ }).click();
    await page.getByRole('heading', { name: 'Shift openen: tel het wisselgeld' }).waitFor();
    await page.getByLabel('€ 50,00').fill('2');
    await page.getByRole('button', { name: 'Shift openen' }).click();
    const badge = page.locator('.till-side .health-badge');
    await expect.poll(() => badge.textContent()).toContain('Scanner aangesloten');
    server.app.devices.fakeScanner?.unplug();
    await expect.poll(() => badge.textContent()).toContain('Scanner niet aangesloten');
    expect(await badge.getAttribute('class')).toContain('health-badge-alert');
    await page.screenshot({ path: screenshotPath('till-scanner-unplugged.png') });
    server.app.devices.fakeScanner?.plug();
    await expect.poll(() => badge.textContent()).toContain('Scanner aangesloten');
  });

  it('lets the cashier retry or skip a waiting receipt from the till badge', async () => {
    server.app.devices.simulateFault('paper-out');
    await server.app.devices.queue.enqueue('receipt', { items: [{ kind: 'text', text: 'Bon 2' }, { kind: 'cut' }] });
    server.app.devices.wake();
    const waiting = page.locator('.till-side').getByRole('button', { name: 'Bonnen in wacht: 1' });
    await waiting.click({ timeout: 10_000 });
    const jobs = page.getByTestId('waiting-jobs');
    await expect.poll(() => jobs.textContent()).toContain('Kassabon');
    await page.screenshot({ path: screenshotPath('till-receipt-waiting.png') });
    // Retry while the paper is still out: the receipt stays, nothing is lost.
    await jobs.getByRole('button', { name: 'Opnieuw' }).click();
    await expect.poll(() => jobs.textContent()).toContain('Kassabon');
    // Skip it (the customer left without a receipt): the badge clears, nothing more is printed.
    await jobs.getByRole('button', { name: 'Overslaan' }).click();
    await expect
      .poll(() => page.locator('.till-side [data-testid="waiting-count"]').textContent(), { timeout: 10_000 })
      .toBe('Geen bonnen in wacht');
    server.app.devices.simulateFault('clear');
    expect(server.app.devices.fakePrinter?.printed.length).toBe(1);
  });
});
