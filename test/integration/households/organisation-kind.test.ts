// A household enrolled with only the kind of its referring organisation ("an OCMW") is counted under
// that kind's generic entry, never under whichever organisation of that kind the shop listed first.
import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../../main/app';
import { aTestApp } from '../../support/builders';
import { aCaller, aHouseholdForm } from '../../support/household-builders';

let app: App;
afterEach(async () => app?.close());

describe('a referring organisation given by its kind only', () => {
  it('goes to the generic OCMW/CPAS entry, not to the OCMW of Gent', async () => {
    app = await aTestApp();
    await app.db.insertInto('referring_organisations').values({ name: 'OCMW Gent', kind: 'ocmw-cpas' }).execute();
    const { call } = await aCaller(app, ['social-worker']);
    const form = aHouseholdForm({
      enrolment: { validFrom: '2026-11-01', validUntil: '2027-04-30', referringOrganisation: 'ocmw-cpas' },
    });
    const enrolled = await call('households:enrol-household', { form });
    expect(enrolled.ok).toBe(true);
    const saved = await app.db
      .selectFrom('enrolments')
      .innerJoin('referring_organisations as o', 'o.id', 'enrolments.organisation_id')
      .select(['o.name', 'o.kind'])
      .executeTakeFirstOrThrow();
    expect(saved).toEqual({ name: 'OCMW/CPAS', kind: 'ocmw-cpas' });
  });
});
