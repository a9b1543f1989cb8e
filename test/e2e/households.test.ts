// Issue 4 in Chromium: enrol a household with two children (a wrong postal code refused first),
// print its card, find it again by a misspelled name, and see the duplicate warning when one of
// its members is enrolled again.
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/browser-mode';
import { aUser } from '../support/builders';
import { launchChromium } from '../support/chromium';
import { screenshotPath } from '../support/screenshots';
import { signInOnScreen } from '../support/sign-in-screen';

describe('households in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startTestServer();
    await aUser(server.app, ['coordinator'], 'Anna Coördinator', '1357');
    await aUser(server.app, ['social-worker'], 'Sara Sociaal', '2468');
    await server.app.db
      .insertInto('referring_organisations')
      .values({ name: 'OCMW Gent', kind: 'ocmw-cpas' })
      .execute();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1024, height: 768 }, acceptDownloads: true });
    await page.goto(server.bridge.url);
    await signInOnScreen(page, 'Sara Sociaal', '2468');
    await page.getByRole('button', { name: /Gezinnen/ }).click();
    await page.getByRole('heading', { name: 'Gezin zoeken' }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('enrols a household with two children after refusing an unknown postal code', async () => {
    await page.getByRole('button', { name: 'Nieuw gezin' }).click();
    await page.locator('#hh-first').fill('Zoë');
    await page.locator('#hh-last').fill('Vandenbroucke');
    await page.locator('#hh-birth').fill('12/03/1985');
    await page.locator('#hh-postal').fill('9999');
    for (const [first, birth] of [
      ['Lotte', '01/05/2016'],
      ['Ruben', '09/09/2019'],
    ] as const) {
      await page.getByRole('button', { name: '+ Gezinslid toevoegen' }).click();
      const index = (await page.locator('.hh-member').count()) - 1;
      await page.locator(`#hh-m${index}-first`).fill(first);
      await page.locator(`#hh-m${index}-birth`).fill(birth);
    }
    await page.locator('#hh-from').fill('01/11/2026');
    await page.getByLabel('Doorverwijzende organisatie').selectOption({ label: 'OCMW Gent (OCMW/CPAS)' });
    await page.getByRole('button', { name: 'Inschrijven' }).click();
    await page.getByText('Onbekende Belgische postcode.').waitFor();
    await page.screenshot({ path: screenshotPath('households-form-error.png'), fullPage: true });
    expect(await server.app.db.selectFrom('households').select('id').execute()).toEqual([]);
    await page.locator('#hh-postal').fill('9000');
    // An impatient double click enrols the household once.
    await page.getByRole('button', { name: 'Inschrijven' }).dblclick();
    await page.getByRole('heading', { name: 'Zoë Vandenbroucke' }).waitFor();
    expect(await server.app.db.selectFrom('households').select('id').execute()).toHaveLength(1);
    await page.getByText('1 volwassene, 2 kinderen').waitFor();
    await page.getByText('9000 Gent').waitFor();
    await page.getByText(/Doorverwijzing: OCMW Gent · Inkomenstoets · Sara Sociaal/).waitFor();
    await page.screenshot({ path: screenshotPath('households-file.png'), fullPage: true });
  });

  it('prints the card as a credit-card-sized PDF', async () => {
    await page.getByRole('button', { name: 'Kaart afdrukken' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Kaart klaar: open de pdf' }).click();
    const pdf = screenshotPath('households-card.pdf');
    await (await download).saveAs(pdf);
    expect(statSync(pdf).size).toBeGreaterThan(1000);
    expect(execFileSync('pdfinfo', [pdf]).toString()).toMatch(/Page size:\s+242\.6\d* x 153\.0\d* pts/);
    execFileSync('pdftoppm', ['-png', '-r', '150', '-singlefile', pdf, pdf.replace(/\.pdf$/, '')]);
  });

  it('finds the household again by a misspelled name', async () => {
    await page.getByRole('button', { name: '← Terug' }).click();
    await page.getByLabel('Naam, gezinslid of kaartnummer').fill('vandenbrouke zoe');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('button', { name: /Zoë Vandenbroucke/ }).waitFor();
    await page.getByLabel('Naam, gezinslid of kaartnummer').fill('Lote');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('button', { name: /\(Lotte Vandenbroucke\)/ }).waitFor();
    await page.screenshot({ path: screenshotPath('households-search.png') });
  });

  it('warns about a duplicate when one of its members is enrolled again, and opens that file', async () => {
    await page.getByRole('button', { name: 'Nieuw gezin' }).click();
    await page.locator('#hh-first').fill('Lotte');
    await page.locator('#hh-last').fill('Vandenbrouck');
    await page.locator('#hh-birth').fill('01/05/2016');
    await page.locator('#hh-postal').fill('1000');
    await page.locator('#hh-from').fill('01/11/2026');
    await page.getByRole('button', { name: 'Inschrijven' }).click();
    await page.getByText('Deze persoon is mogelijk al ingeschreven').waitFor();
    await page.getByText('Lotte Vandenbroucke, geboren op 01/05/2016, is lid van een actief gezin.').waitFor();
    await page.screenshot({ path: screenshotPath('households-duplicate.png') });
    expect(await server.app.db.selectFrom('households').select('id').execute()).toHaveLength(1);
    await page.getByRole('button', { name: 'Dat dossier openen' }).click();
    await page.getByRole('heading', { name: 'Zoë Vandenbroucke' }).waitFor();
  });

  it('edits the file: a future date of birth refused field by field, then corrected; a member added', async () => {
    await page.getByRole('button', { name: 'Dossier aanpassen' }).click();
    await page.getByRole('heading', { name: 'Gezinsdossier aanpassen' }).waitFor();
    await page.locator('#hh-edit-m0-birth').fill('01/05/2030');
    await page.getByRole('button', { name: 'Wijzigingen bewaren' }).click();
    await page.getByText('Deze datum ligt in de toekomst.').waitFor();
    await page.screenshot({ path: screenshotPath('households-edit-error.png'), fullPage: true });
    const lotte = await server.app.db
      .selectFrom('members')
      .select('birth_date')
      .where('first_name', '=', 'Lotte')
      .executeTakeFirstOrThrow();
    expect(lotte.birth_date).toBe('2016-05-01');
    await page.locator('#hh-edit-m0-birth').fill('02/05/2016');
    await page.getByRole('button', { name: '+ Gezinslid toevoegen' }).click();
    await page.locator('#hh-edit-m2-first').fill('Mila');
    await page.locator('#hh-edit-m2-birth').fill('29/02/2024');
    await page.locator('#hh-edit-phone').fill('0471 22 33 44');
    await page.getByRole('button', { name: 'Wijzigingen bewaren' }).click();
    await page.getByRole('heading', { name: 'Zoë Vandenbroucke' }).waitFor();
    await page.getByText('1 volwassene, 3 kinderen').waitFor();
    await page.getByText('Lotte Vandenbroucke · 02/05/2016').waitFor();
    await page.getByText('Mila Vandenbroucke · 29/02/2024').waitFor();
    await page.getByText('Bewaard.').first().waitFor();
    const audited = await server.app.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'household.update')
      .execute();
    expect(audited).toHaveLength(1);
  });

  it('suspends, then lifts the suspension early; the file keeps it in its history', async () => {
    const suspend = page.locator('fieldset', { has: page.getByText('Reden') });
    await suspend.getByLabel('Reden').fill('Afspraak niet nagekomen');
    await suspend.getByLabel('Tot').fill('31/12/2030');
    await suspend.getByRole('button', { name: 'Schorsen' }).click();
    await page.getByRole('button', { name: 'Schorsing opheffen' }).click();
    await page.getByText(/Afspraak niet nagekomen · opgeheven \d\d\/\d\d\/\d{4}/).waitFor();
    await expect(page.getByRole('button', { name: 'Schorsing opheffen' }).count()).resolves.toBe(0);
    await page.locator('.hh-toolbar .hh-status-active').waitFor();
    await page.screenshot({ path: screenshotPath('households-file-edited.png'), fullPage: true });
    // The same file and edit form in English, then back to Dutch for the next tests.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByText(/Afspraak niet nagekomen · lifted /).waitFor();
    await page.getByRole('button', { name: 'Edit file' }).click();
    await page.getByRole('heading', { name: 'Edit household file' }).waitFor();
    await page.screenshot({ path: screenshotPath('households-edit-en.png'), fullPage: true });
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('button', { name: 'Dossier aanpassen' }).waitFor();
  });

  it('previews a spreadsheet with a row report by line, then imports the valid households', async () => {
    await page.getByRole('button', { name: '← Terug' }).click();
    await page.getByRole('button', { name: 'Rekenblad importeren' }).click();
    await page.getByLabel('CSV-bestand').setInputFiles('test/fixtures/households/one-bad-1252.csv');
    await page.getByRole('button', { name: 'Voorbeeld' }).click();
    await page.getByText(/Er werd niets geschreven/).waitFor();
    await page.screenshot({ path: screenshotPath('households-import.png'), fullPage: true });
    await page.getByText('Rij 3: Geboortedatum in de toekomst.').waitFor();
    await page.getByLabel('De geldige gezinnen importeren, ook als sommige rijen fout zijn').check();
    await page.getByRole('button', { name: 'Voorbeeld' }).click();
    await page.getByRole('button', { name: 'Importeren', exact: true }).click();
    await page.getByText('Geïmporteerd.').waitFor();
    expect(await server.app.db.selectFrom('households').select('id').execute()).toHaveLength(2);
  });

  it('a French-speaking coordinator renames and takes an organisation out of use', async () => {
    await server.app.db.updateTable('users').set({ language: 'fr' }).where('name', '=', 'Anna Coördinator').execute();
    const coordinator = await browser.newPage({ viewport: { width: 1024, height: 768 } });
    await coordinator.goto(server.bridge.url);
    await signInOnScreen(coordinator, 'Anna Coördinator', '1357');
    await coordinator.getByRole('button', { name: /Ménages/ }).click();
    await coordinator.getByRole('button', { name: 'Organismes envoyeurs' }).click();
    await coordinator.getByLabel('Nom', { exact: true }).last().fill('CAW Oost-Vlaanderen');
    await coordinator.getByLabel('Type').last().selectOption({ label: 'CAW' });
    await coordinator.getByRole('button', { name: 'Ajouter un organisme' }).last().click();
    await coordinator.getByText('Enregistré.').waitFor();
    const nameInputs = coordinator.locator('.hh-org input.input');
    const names = await Promise.all(
      Array.from({ length: await nameInputs.count() }, (_, k) => nameInputs.nth(k).inputValue()),
    );
    const gent = coordinator.locator('.hh-org').nth(names.indexOf('OCMW Gent'));
    await gent.getByRole('textbox').fill('OCMW Gent (oud)');
    await gent.getByLabel('En usage').uncheck();
    await gent.getByRole('button', { name: 'Enregistrer' }).click();
    await coordinator.locator('.hh-org.muted input[value="OCMW Gent (oud)"]').waitFor();
    await coordinator.screenshot({ path: screenshotPath('households-organisations-fr.png'), fullPage: true });
    const rows = await server.app.db
      .selectFrom('referring_organisations')
      .select(['name', 'active'])
      .where('name', 'in', ['OCMW Gent (oud)', 'CAW Oost-Vlaanderen'])
      .orderBy('name')
      .execute();
    expect(rows).toEqual([
      { name: 'CAW Oost-Vlaanderen', active: 1 },
      { name: 'OCMW Gent (oud)', active: 0 },
    ]);
    await coordinator.close();
  });
});
