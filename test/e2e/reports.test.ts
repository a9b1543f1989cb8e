import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../main/api/clock';
import { buildMarch2026 } from '../integration/reports/march-2026';
import { startTestServer, type TestServer } from '../support/browser-mode';
import { aUser } from '../support/builders';
import { launchChromium } from '../support/chromium';
import { ReportFixture } from '../support/report-builders';
import { screenshotPath } from '../support/screenshots';

describe('monthly report screen in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startTestServer({ clock: fixedClock('2026-04-10T09:00:00Z') });
    buildMarch2026(new ReportFixture(server.app.connection.raw));
    await aUser(server.app, ['coordinator'], 'Anna Coördinator', '1357');
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1024, height: 768 }, acceptDownloads: true });
    await page.goto(server.bridge.url);
    await page.getByRole('button', { name: 'Anna Coördinator' }).click();
    await page.getByLabel('Pincode', { exact: true }).fill('1357');
    await page.getByRole('button', { name: 'Aanmelden' }).click();
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
    await page.getByRole('tab', { name: 'Vrijwilligersuren' }).click();
    await page.getByText('Deze maand nog geen uren geregistreerd.').or(page.getByRole('table')).first().waitFor();
    await page.screenshot({ path: screenshotPath('reports-timelog.png') });
  }, 60_000);
});
