// The audit log in Chromium reads as phrases with "label: value" details in Dutch and French: no
// action codes, no JSON, no "report #".
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit } from '../../main/services/audit';
import { seriousAxeViolations } from '../support/axe';
import { startTestServer, type TestServer } from '../support/browser-mode';
import { aUser } from '../support/builders';
import { launchChromium } from '../support/chromium';
import { screenshotPath } from '../support/screenshots';
import { signInOnScreen } from '../support/sign-in-screen';

describe('audit screen in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startTestServer();
    const anna = await aUser(server.app, ['coordinator'], 'Anna Coördinator', '2468');
    const at = new Date('2026-11-02T10:00:00Z');
    const userId = anna.id;
    await audit(server.app.db, {
      at,
      userId,
      action: 'appointment.book',
      entity: 'appointment',
      entityId: 4,
      details: { householdId: 12 },
    });
    await audit(server.app.db, {
      at,
      userId,
      action: 'report.export',
      entity: 'report',
      details: { month: '2026-10', format: 'xlsx' },
    });
    await audit(server.app.db, {
      at,
      userId,
      action: 'till.shift-close',
      entity: 'shift',
      entityId: 3,
      details: { countedCents: 15_050, varianceCents: -250 },
    });
    await audit(server.app.db, {
      at,
      userId,
      action: 'user.update',
      entity: 'user',
      entityId: 5,
      details: { renamed: true, roles: 'cashier,coordinator', language: 'fr', badgeChanged: false },
    });
    await audit(server.app.db, {
      at,
      userId,
      action: 'household.update',
      entity: 'household',
      entityId: 12,
      details: { fields: 'phone,members.1.added', removed: 0 },
    });
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

  it('shows actions as phrases and details as label: value in Dutch', async () => {
    await page.getByRole('button', { name: /Auditlog/ }).click();
    await page.getByRole('cell', { name: 'Rapport uitgevoerd' }).waitFor();
    await page.getByRole('cell', { name: 'Afspraak gemaakt' }).waitFor();
    await page.getByText('Maand: oktober 2026').waitFor();
    await page.getByText('Bestandstype: XLSX').waitFor();
    await page.getByText(/^Verschil: .*2,50$/).waitFor();
    await page.getByText(/^Geteld: €\s150,50$/).waitFor();
    await page.getByText('Gezin: #12').waitFor();
    await page.getByText('Velden: telefoon, gezinslid 2 (toegevoegd)').waitFor();
    const table = (await page.locator('table').textContent()) ?? '';
    expect(table).not.toMatch(/[{}"]|appointment\.book|report #|auth\.login/);
    expect(await page.getByRole('option', { name: 'Gebruiker gewijzigd' }).count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('audit-nl.png'), fullPage: true });
  });

  it('and in French', async () => {
    await page
      .getByRole('button', { name: /FR|Français/ })
      .first()
      .click();
    await page.getByRole('cell', { name: 'Rapport exporté' }).waitFor();
    await page.getByText(/^Mois\s:\soctobre 2026$/).waitFor();
    await page.getByText(/^Rôles\s:\sCaissier/).waitFor();
    const table = (await page.locator('table').textContent()) ?? '';
    expect(table).not.toMatch(/[{}"]|report\.export|user\.update/);
    await page.screenshot({ path: screenshotPath('audit-fr.png'), fullPage: true });
  });
});
