import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../main/api/clock';
import { buildMarch2026 } from '../integration/reports/march-2026';
import { startTestServer, type TestServer } from '../support/browser-mode';
import { aUser } from '../support/builders';
import { launchChromium } from '../support/chromium';
import { ReportFixture } from '../support/report-builders';
import { screenshotPath } from '../support/screenshots';
import { signInOnScreen } from '../support/sign-in-screen';

describe('monthly report screen in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startTestServer({ clock: fixedClock('2026-04-10T09:00:00Z') });
    buildMarch2026(new ReportFixture(server.app.connection.raw));
    await aUser(server.app, ['coordinator'], 'Anna Coördinator', '1357');
    browser = await launchChromium();
    // A Belgian locale, as on the shop's PC (number formats); the month field's text follows the
    // browser's own UI language, which a test cannot set per page.
    page = await browser.newPage({ viewport: { width: 1024, height: 768 }, acceptDownloads: true, locale: 'nl-BE' });
    await page.goto(server.bridge.url);
    await signInOnScreen(page, 'Anna Coördinator', '1357');
    await page.getByRole('button', { name: /Rapporten/ }).click();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows March 2026 with charts and comparisons, exports a file and closes the month', async () => {
    await page.getByLabel('Maand').fill('2026-03');
    await page.getByRole('heading', { name: 'Huishoudens en personen' }).waitFor();
    await page.getByText('Bediende huishoudens').first().waitFor();
    await page.screenshot({ path: screenshotPath('reports-month.png') });
    await page.getByRole('button', { name: 'Exporteren' }).click();
    const link = page.getByRole('link', { name: /report-2026-03\.xlsx/ });
    await link.waitFor();
    const download = await Promise.all([page.waitForEvent('download'), link.click()]).then(([d]) => d);
    expect(download.suggestedFilename()).toBe('report-2026-03.xlsx');
    await page.getByRole('button', { name: 'Deze maand afsluiten' }).click();
    await page.getByText(/Afgesloten op 2026-04-10/).waitFor();
    // Compared with the previous month and the same month last year.
    expect(await page.locator('table th').allTextContents()).toEqual(expect.arrayContaining(['2026-02', '2025-03']));

    // A write-off recorded late for March: shown as a difference against the closed month.
    const product = await server.app.db.selectFrom('products').select('id').executeTakeFirstOrThrow();
    new ReportFixture(server.app.connection.raw).stock(
      product.id,
      '2026-03-25T10:00:00.000Z',
      'written-off',
      -2,
      null,
      null,
    );
    await page.reload();
    await page.getByLabel('Maand').fill('2026-03');
    const diff = page.locator('table.report-diff');
    await diff.waitFor();
    const writeOffs = diff.getByRole('row', { name: /^Afschrijvingen/ });
    expect(await writeOffs.locator('td').allTextContents()).toEqual(['Afschrijvingen ', '1', '2', '1']);
    await page.screenshot({ path: screenshotPath('reports-correction.png') });
    await page.getByRole('tab', { name: 'Vrijwilligersuren' }).click();
    await page.getByText('Deze maand nog geen uren geregistreerd.').or(page.getByRole('table')).first().waitFor();
    await page.screenshot({ path: screenshotPath('reports-timelog.png') });
  }, 60_000);
});
