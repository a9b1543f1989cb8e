// The same household file imported twice at once (a double click on Import, two screens): the
// duplicate check runs in the write transaction, so the second import finds everyone enrolled.
import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../../main/app';
import { aTestApp } from '../../support/builders';
import { aCaller } from '../../support/household-builders';

let app: App;
afterEach(async () => app?.close());

const csv = [
  'Gezin;Rol;Voornaam;Achternaam;Geboortedatum;Postcode;Taal;Telefoon;Geldig vanaf;Geldig tot;Doorverwijzer',
  'G2;referentiepersoon;Jean;Dubois;1971-02-02;1000;fr;;2026-11-01;2027-04-30;CPAS',
  'G4;referentiepersoon;Marie;Peeters;1982-03-04;9000;nl;;2026-11-01;2027-04-30;OCMW',
].join('\r\n');

type Report = { written: boolean; problems: { line: number; reason: string }[] };

describe('importing the same file twice at once', () => {
  it('enrols each household once; the other import writes nothing and names the duplicates', async () => {
    app = await aTestApp();
    const { call } = await aCaller(app, ['social-worker']);
    const input = { csvBase64: Buffer.from(csv, 'utf8').toString('base64'), dryRun: false, validOnly: false };
    const results = await Promise.all([
      call('households:import-households', input),
      call('households:import-households', input),
    ]);
    const reports = results.map((r) => r.value as Report);
    expect(reports.map((r) => r.written).sort()).toEqual([false, true]);
    expect(reports.find((r) => !r.written)?.problems).toEqual([
      { line: 2, reason: 'duplicate-person', column: null },
      { line: 3, reason: 'duplicate-person', column: null },
    ]);
    const people = await app.db.selectFrom('members').select(['first_name', 'last_name']).orderBy('id').execute();
    expect(people).toEqual([
      { first_name: 'Jean', last_name: 'Dubois' },
      { first_name: 'Marie', last_name: 'Peeters' },
    ]);
    expect(
      await app.db.selectFrom('audit_log').select('id').where('action', '=', 'household.import').execute(),
    ).toHaveLength(1);
  });

  it('a dry run beside a real import writes nothing itself and still reports the rows', async () => {
    app = await aTestApp();
    const { call } = await aCaller(app, ['social-worker']);
    const bytes = Buffer.from(csv, 'utf8').toString('base64');
    const [dry, real] = await Promise.all([
      call('households:import-households', { csvBase64: bytes, dryRun: true, validOnly: false }),
      call('households:import-households', { csvBase64: bytes, dryRun: false, validOnly: false }),
    ]);
    expect((dry.value as Report).written).toBe(false);
    expect((real.value as Report).written).toBe(true);
    expect(await app.db.selectFrom('households').select('id').execute()).toHaveLength(2);
  });
});
