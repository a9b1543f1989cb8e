// Issue 4 items 3 and 8 together: the duplicate rule also holds for spreadsheet rows. A person already in
// an active household is reported on their line and their household is not imported.
import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../../main/app';
import type { ImportReport } from '../../../main/contract/households';
import { aTestApp } from '../../support/builders';
import { aCaller, aHouseholdForm } from '../../support/household-builders';

let app: App;
afterEach(async () => app?.close());

const csv = [
  'Gezin;Rol;Voornaam;Achternaam;Geboortedatum;Postcode;Taal;Telefoon;Geldig vanaf;Geldig tot;Doorverwijzer',
  'G1;referentiepersoon;Omar;Haddad;1970-01-01;1000;fr;;01/11/2026;30/04/2027;CPAS',
  'G1;lid;Lote;Vandenbrouke;01/05/2016;;;;;;',
  'G2;referentiepersoon;Jean;Dubois;1971-02-02;1000;fr;;2026-11-01;2027-04-30;CPAS',
  'G3;referentiepersoon;Vandenbroucke;Zoe;12/03/1985;9000;nl;;2026-11-01;2027-04-30;OCMW',
].join('\r\n');

describe('import households: duplicates', () => {
  it('reports each row whose person is already in an active household and does not import that household', async () => {
    app = await aTestApp();
    const { call } = await aCaller(app, ['social-worker']);
    expect((await call('households:enrol-household', { form: aHouseholdForm() })).ok).toBe(true);
    const importing = (validOnly: boolean, dryRun = false) =>
      call('households:import-households', {
        csvBase64: Buffer.from(csv, 'utf8').toString('base64'),
        dryRun,
        validOnly,
      });
    const preview = (await importing(false, true)).value as ImportReport;
    expect(preview.problems).toEqual([
      { line: 3, reason: 'duplicate-person', column: null },
      { line: 5, reason: 'duplicate-person', column: null },
    ]);
    expect(preview.preview.map((h) => h.key)).toEqual(['G2']);
    const refused = (await importing(false)).value as ImportReport;
    expect(refused.written).toBe(false);
    expect(await app.db.selectFrom('households').select('id').execute()).toHaveLength(1);
    const partial = (await importing(true)).value as ImportReport;
    expect(partial).toMatchObject({ written: true, households: 1 });
    const names = await app.db.selectFrom('members').select('first_name').orderBy('id').execute();
    expect(names.map((n) => n.first_name)).toEqual(['Zoë', 'Lotte', 'Ruben', 'Jean']);
  });

  it('a matching person in an ended household is no duplicate', async () => {
    app = await aTestApp();
    const { call } = await aCaller(app, ['social-worker']);
    const enrolled = await call('households:enrol-household', {
      form: aHouseholdForm({
        enrolment: { validFrom: '2025-01-01', validUntil: '2025-06-30', referringOrganisation: 'ocmw-cpas' },
      }),
    });
    expect(enrolled.ok).toBe(true);
    const report = (
      await call('households:import-households', {
        csvBase64: Buffer.from(csv, 'utf8').toString('base64'),
        dryRun: false,
        validOnly: false,
      })
    ).value as ImportReport;
    expect(report).toMatchObject({ written: true, problems: [], households: 3 });
  });
});
