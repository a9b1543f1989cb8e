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
import { signInOnScreen } from '../support/sign-in-screen';

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
    // Another household whose reference person has the same first name, booked at 14:30.
    const other = await aHousehold(server.app, ['1990-01-01']);
    await server.app.db
      .updateTable('members')
      .set({ last_name: 'Peeters' })
      .where('household_id', '=', other)
      .execute();
    await server.app.db
      .insertInto('appointments')
      .values({
        household_id: other,
        slot_start: '2026-11-24T13:30:00.000Z',
        slot_end: '2026-11-24T14:00:00.000Z',
        status: 'booked',
        walk_in: 0,
        created_by: null,
        created_at: '2026-11-20T10:00:00.000Z',
        checked_in_at: null,
        updated_at: null,
      })
      .execute();
    await aUser(server.app, ['coordinator'], 'Anna Coördinator', '1357');
    await aUser(server.app, ['social-worker'], 'Sara Sociaal', '2468');
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
    await page.goto(server.bridge.url);
    await signInOnScreen(page, 'Sara Sociaal', '2468');
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
    await page.locator('.appt-slots li').filter({ hasText: '14:00–14:30' }).getByText('1 van 2 bezet').waitFor();
    await page.screenshot({ path: screenshotPath('appointments-booked.png'), fullPage: true });
    // Two households whose reference person is called Member0: told apart by the last name.
    const list = page.getByRole('list', { name: 'Daglijst' });
    await list.getByText('Member0 Peeters', { exact: true }).waitFor();
    await list
      .getByRole('listitem')
      .filter({ hasText: 'Member0 Test' })
      .getByRole('button', { name: 'Verplaatsen' })
      .click();
    await page.getByText('Kies het nieuwe tijdslot voor Member0 Test (14:00).').waitFor();
    await page.getByRole('button', { name: 'Hierheen verplaatsen 15:00' }).click();
    await page.getByText('Afspraak verplaatst.').waitFor();
    await list.getByText('15:00').waitFor();
    expect(await list.getByText('Member0 Test', { exact: true }).count()).toBe(1);
    expect(await list.getByText('Member0 Peeters', { exact: true }).count()).toBe(1);
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
      value: {
        entries: [
          { time: '14:30', firstName: 'Member0', lastName: null, status: 'booked' },
          { time: '15:00', firstName: 'Member0', lastName: null, status: 'booked' },
        ],
      },
    });
  });

  it('asks before cancelling, and keeps the appointment on "no"', async () => {
    const list = page.getByRole('list', { name: 'Daglijst' });
    const row = list.getByRole('listitem').filter({ hasText: 'Member0 Peeters' });
    await row.getByRole('button', { name: 'Afspraak annuleren' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'De afspraak van Member0 Peeters om 14:30 annuleren?' });
    await confirm.waitFor();
    await page.screenshot({ path: screenshotPath('appointments-cancel-confirm.png'), fullPage: true });
    const yes = confirm.getByRole('button', { name: 'Ja, annuleren' });
    expect((await yes.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    await confirm.getByRole('button', { name: 'Nee, behouden' }).click();
    expect(await page.getByText('Afspraak geannuleerd.').count()).toBe(0);
    await row.getByText('geboekt').waitFor();
    await row.getByRole('button', { name: 'Afspraak annuleren' }).click();
    await confirm.getByRole('button', { name: 'Ja, annuleren' }).click();
    await page.getByText('Afspraak geannuleerd.').waitFor();
    expect(await list.getByText('Member0 Peeters').count()).toBe(0);
    expect(await list.getByText('Member0 Test').count()).toBe(1);
  });
});
