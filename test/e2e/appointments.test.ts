// Issue 5 in Chromium: a social worker books an appointment, moves it, and the till's day list
// (the cashier's channel: time, first name, status) shows it at the new time.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../main/api/clock';
import { buildSearchText } from '../../main/domain/text-search';
import { startTestServer, type TestServer } from '../support/browser-mode';
import { aHousehold, aUser, signIn } from '../support/builders';
import { launchChromium } from '../support/chromium';
import { anEnrolment, aRuleSet } from '../support/rules-builders';
import { screenshotPath } from '../support/screenshots';

describe('appointments in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let household = 0;

  beforeAll(async () => {
    server = await startTestServer({ clock: fixedClock('2026-11-23T08:00:00Z') });
    for (const weekday of [2, 4])
      await server.app.db
        .insertInto('opening_sessions')
        .values({ weekday, start_time: '14:00', end_time: '16:00', slot_minutes: 30, capacity: 2 })
        .execute();
    await aRuleSet(server.app, { visitLimit: 1 });
    household = await aHousehold(server.app, ['1985-03-12']);
    // As enrolment writes it: what the name search looks in.
    await server.app.db
      .updateTable('households')
      .set({ search_text: buildSearchText(['Member0', 'Test']) })
      .where('id', '=', household)
      .execute();
    await anEnrolment(server.app, household);
    await aUser(server.app, ['coordinator'], 'Anna Coördinator', '1357');
    await aUser(server.app, ['social-worker'], 'Sara Sociaal', '2468');
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
    await page.goto(server.bridge.url);
    await page.getByRole('button', { name: 'Sara Sociaal' }).click();
    await page.getByLabel('Pincode', { exact: true }).fill('2468');
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.getByRole('button', { name: /Afspraken/ }).click();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('books, moves, and the till’s day list shows the new time', async () => {
    await page.locator('#appt-date').fill('2026-11-24');
    // A name nobody has: said plainly, and no slot can be booked.
    await page.locator('#appt-household').fill('zzqx');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByText('Geen gezin gevonden.').waitFor();
    expect(await page.getByRole('button', { name: 'Boeken 14:00' }).isDisabled()).toBe(true);
    // Found by a misspelt name, not by a number nobody knows.
    await page.locator('#appt-household').fill('membr0');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.screenshot({ path: screenshotPath('appointments-find-household.png'), fullPage: true });
    await page
      .getByRole('list', { name: 'Gevonden gezinnen' })
      .getByRole('button', { name: /Member0 Test · 12\/03\/1985/ })
      .click();
    await page.getByText('Afspraak voor Member0 Test').waitFor();
    await page.getByRole('button', { name: 'Boeken 14:00' }).click();
    await page.getByText('Afspraak geboekt.').waitFor();
    await page.getByText('1 van 2 bezet').waitFor();
    await page.screenshot({ path: screenshotPath('appointments-booked.png'), fullPage: true });
    await page.getByRole('button', { name: 'Verplaatsen' }).click();
    await page.getByRole('button', { name: 'Hierheen verplaatsen 15:00' }).click();
    await page.getByText('Afspraak verplaatst.').waitFor();
    const list = page.getByRole('list', { name: 'Daglijst' });
    await list.getByText('15:00').waitFor();
    expect(await list.getByText('Member0').count()).toBe(1);
    await page.screenshot({ path: screenshotPath('appointments-moved.png'), fullPage: true });

    const cashier = await aUser(server.app, ['cashier'], 'Kassa', '1111');
    const session = await signIn(server.app, cashier.id, '1111');
    const day = await server.app.dispatcher.call({
      channel: 'appointments:list-day',
      input: { date: '2026-11-24' },
      session,
    });
    expect(day).toMatchObject({
      ok: true,
      value: { entries: [{ time: '15:00', firstName: 'Member0', status: 'booked' }] },
    });
  });
});
