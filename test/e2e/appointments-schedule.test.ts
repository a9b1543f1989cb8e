// The coordinator's schedule editor in Chromium: from a shop with no opening hours, a coordinator adds
// Tuesday 13:00–17:00 in 15-minute slots for 2 households and a closing day, and a booking can be made.
// A social worker sees no editor. Screenshots in nl and fr at 1024×768.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../main/api/clock';
import { buildSearchText } from '../../main/domain/text-search';
import { seriousAxeViolations } from '../support/axe';
import { startTestServer, type TestServer } from '../support/browser-mode';
import { aHousehold, aUser } from '../support/builders';
import { launchChromium } from '../support/chromium';
import { anEnrolment } from '../support/rules-builders';
import { screenshotPath } from '../support/screenshots';
import { signInOnScreen } from '../support/sign-in-screen';

describe('the schedule editor in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    // Monday 23 Nov 2026, 09:00 local.
    server = await startTestServer({ clock: fixedClock('2026-11-23T08:00:00Z') });
    const household = await aHousehold(server.app, ['1985-03-12']);
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
    await signInOnScreen(page, 'Anna Coördinator', '1357');
    await page.getByRole('button', { name: /Afspraken/ }).click();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('adds a Tuesday session and a closing day; a booking can then be made', async () => {
    await page.getByRole('button', { name: 'Openingsuren' }).click();
    await page.getByText('Nog geen openingsmoment: gezinnen kunnen geen afspraak maken.').waitFor();
    const form = page.getByRole('region', { name: 'Openingsmoment toevoegen' });
    await form.getByLabel('Dag', { exact: true }).selectOption({ label: 'Dinsdag' });
    await form.getByLabel('Van (UU:MM)').fill('13:00');
    // A wrong end: said next to the field, and nothing is saved.
    await form.getByLabel('Tot (UU:MM)').fill('12:00');
    await form.getByLabel('Duur van een tijdslot (minuten)').fill('15');
    await form.getByLabel('Gezinnen per tijdslot').fill('2');
    await form.getByRole('button', { name: 'Toevoegen' }).click();
    const endError = form.getByText('Het einde moet na het begin komen.');
    await endError.waitFor();
    expect(await form.getByLabel('Tot (UU:MM)').getAttribute('aria-describedby')).toBe('sched-end-error');
    await page.screenshot({ path: screenshotPath('appointments-schedule-error.png'), fullPage: true });
    expect(await server.app.db.selectFrom('opening_sessions').select('id').execute()).toEqual([]);

    await form.getByLabel('Tot (UU:MM)').fill('17:00');
    await form.getByRole('button', { name: 'Toevoegen' }).click();
    await page.getByText('Openingsmoment opgeslagen.').waitFor();
    const table = page.getByRole('table');
    const row = table.getByRole('row').filter({ hasText: 'Dinsdag' });
    await row.getByText('13:00–17:00').waitFor();
    await row.getByText('16 tijdsloten').waitFor();
    expect(await endError.count()).toBe(0);

    await page.getByLabel('Dag', { exact: true }).last().fill('2026-12-01');
    await page.getByLabel('Opmerking (niet verplicht)').fill('Vorming vrijwilligers');
    await page.getByRole('button', { name: 'Sluitingsdag toevoegen' }).click();
    await page.getByText('Sluitingsdag toegevoegd.').waitFor();
    await page.getByText('dinsdag 1 december 2026').waitFor();
    await page.getByText('Vorming vrijwilligers').waitFor();
    await page.screenshot({ path: screenshotPath('appointments-schedule-nl.png'), fullPage: true });
    expect(await seriousAxeViolations(page)).toEqual([]);
    for (const name of [
      'Dinsdag 13:00–17:00 wijzigen',
      'Dinsdag 13:00–17:00 verwijderen',
      'Toevoegen',
      'Sluitingsdag toevoegen',
      'dinsdag 1 december 2026 weer openen',
    ]) {
      const box = await page.getByRole('button', { name, exact: true }).boundingBox();
      expect(box?.height, name).toBeGreaterThanOrEqual(44);
    }
    const dateBox = await page.getByLabel('Van (UU:MM)').boundingBox();
    expect(dateBox?.height).toBeGreaterThanOrEqual(44);
    // Nothing runs off the side at 1024 wide.
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(1024);

    // Back to bookings: Tuesday has slots and a household can book; the closing day has none.
    await page.getByRole('button', { name: 'Terug naar afspraken' }).click();
    await page.locator('#appt-date').fill('2026-12-01');
    await page.getByText('De winkel is gesloten op deze dag.').waitFor();
    await page.locator('#appt-date').fill('2026-11-24');
    await page.locator('#appt-household').fill('member0');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page
      .getByRole('list', { name: 'Gevonden gezinnen' })
      .getByRole('button', { name: /Member0 Test/ })
      .click();
    await page.getByRole('button', { name: 'Boeken 13:00' }).click();
    await page.getByText('Afspraak geboekt.').waitFor();
    await page.locator('.appt-slots li').filter({ hasText: '13:00–13:15' }).getByText('1 van 2 bezet').waitFor();
  });

  it('refuses to remove the session while it holds a booking, and says how many', async () => {
    await page.getByRole('button', { name: 'Openingsuren' }).click();
    await page.getByRole('button', { name: 'Dinsdag 13:00–17:00 verwijderen' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Ja, verwijderen' }).click();
    await page.getByText(/Door deze wijziging zou 1 geboekte afspraak zonder tijdslot vallen/).waitFor();
    await page.getByRole('table').getByText('13:00–17:00').waitFor();
    await page.screenshot({ path: screenshotPath('appointments-schedule-stranded.png'), fullPage: true });
    // Changing the session without taking its booked slot away is fine: 3 households per slot.
    await page.getByRole('button', { name: 'Dinsdag 13:00–17:00 wijzigen' }).click();
    const edit = page.getByRole('region', { name: 'Openingsmoment wijzigen' });
    expect(await edit.getByLabel('Tot (UU:MM)').inputValue()).toBe('17:00');
    await edit.getByLabel('Gezinnen per tijdslot').fill('3');
    await edit.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByText('Openingsmoment opgeslagen.').waitFor();
    await page.getByRole('region', { name: 'Openingsmoment toevoegen' }).waitFor();
    expect(await page.getByRole('table').getByRole('cell', { name: '3', exact: true }).count()).toBe(1);
  });

  it('reads in French', async () => {
    await page.getByRole('button', { name: 'Français' }).click();
    // The panel may stay open across the switch or the screen may start afresh: either way, open it.
    await page.getByRole('button', { name: /^(Horaires|Retour aux rendez-vous)$/ }).waitFor();
    const open = page.getByRole('button', { name: 'Horaires', exact: true });
    if ((await open.count()) > 0) await open.click();
    await page.getByRole('heading', { name: 'Horaires des rendez-vous' }).waitFor();
    await page.getByRole('table').getByText('Mardi').waitFor();
    await page.getByText('mardi 1 décembre 2026').waitFor();
    await page.screenshot({ path: screenshotPath('appointments-schedule-fr.png'), fullPage: true });
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('shows a social worker no schedule editor', async () => {
    const other = await browser.newPage({ viewport: { width: 1024, height: 768 } });
    await other.goto(server.bridge.url);
    await signInOnScreen(other, 'Sara Sociaal', '2468');
    await other.getByRole('button', { name: /Afspraken/ }).click();
    await other.getByRole('heading', { name: 'Tijdsloten' }).waitFor();
    expect(await other.getByRole('button', { name: 'Openingsuren' }).count()).toBe(0);
    await other.close();
  });
});
