// Issue 4, after enrolment: correcting a file (people, postal code, language, phone), lifting a
// suspension early, and the coordinator's list of referring organisations.
import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../../main/app';
import type { HouseholdDetails, HouseholdFile, SearchHit } from '../../../main/contract/households';
import { aTestApp } from '../../support/builders';
import { aCaller, aHouseholdForm, type Caller } from '../../support/household-builders';

let app: App;
afterEach(async () => app?.close());

async function enrolled(call: Caller, overrides = {}) {
  const result = await call('households:enrol-household', { form: aHouseholdForm(overrides) });
  expect(result.ok).toBe(true);
  const { householdId } = result.value as { householdId: number };
  return { householdId, file: (await call('households:get-household', { householdId })).value as HouseholdFile };
}

/** The file as the edit form starts from it. */
function detailsOf(file: HouseholdFile): HouseholdDetails {
  const reference = file.members.find((m) => m.isReference);
  if (!reference) throw new Error('no reference person');
  const strip = (m: HouseholdFile['members'][number]) => ({
    id: m.id,
    firstName: m.firstName,
    lastName: m.lastName,
    dateOfBirth: m.dateOfBirth,
  });
  return {
    referencePerson: strip(reference),
    members: file.members.filter((m) => !m.isReference).map(strip),
    postalCode: file.postalCode ?? '',
    language: file.language,
    phone: file.phone ?? '',
  };
}

describe('editing a household file', () => {
  it('two saves of the same file at once (two screens) leave one new member, not two', async () => {
    app = await aTestApp();
    const { call } = await aCaller(app, ['social-worker']);
    const { householdId, file } = await enrolled(call);
    const details = detailsOf(file);
    const save = () =>
      call('households:update-household', {
        householdId,
        details: {
          ...details,
          members: [...details.members, { firstName: 'Mila', lastName: '', dateOfBirth: '2024-02-29' }],
        },
      });
    const saves = await Promise.all([save(), save()]);
    expect(saves.map((r) => r.ok)).toEqual([true, true]);
    const members = await app.db
      .selectFrom('members')
      .select('first_name')
      .where('household_id', '=', householdId)
      .execute();
    expect(members.filter((m) => m.first_name === 'Mila')).toHaveLength(1);
    expect(members).toHaveLength(details.members.length + 2); // the reference person, the members, Mila
  });

  it('corrects a date of birth, adds and removes a member, changes postal code, language and phone; audited', async () => {
    app = await aTestApp();
    const { call } = await aCaller(app, ['social-worker']);
    const { householdId, file } = await enrolled(call);
    const details = detailsOf(file);
    const [lotte, ruben] = details.members;
    if (!lotte || !ruben) throw new Error('members missing');
    const result = await call('households:update-household', {
      householdId,
      details: {
        ...details,
        members: [
          { ...lotte, dateOfBirth: '02/05/2016' },
          { firstName: 'Mila', lastName: '', dateOfBirth: '2024-02-29' },
        ],
        postalCode: '1000',
        language: 'fr',
        phone: '0471/22.33.44',
      },
    });
    expect(result.ok, JSON.stringify(result.error)).toBe(true);
    const after = (await call('households:get-household', { householdId })).value as HouseholdFile;
    expect(after).toMatchObject({ postalCode: '1000', municipality: 'Bruxelles', language: 'fr', phone: '0471223344' });
    expect(after.members.map((m) => [m.firstName, m.lastName, m.dateOfBirth])).toEqual([
      ['Zoë', 'Vandenbroucke', '1985-03-12'],
      ['Lotte', 'Vandenbroucke', '2016-05-02'],
      ['Mila', 'Vandenbroucke', '2024-02-29'],
    ]);
    // The search follows the change: the added member is found, the removed one is not.
    const mila = (await call('households:search-households', { query: 'mila' })).value as SearchHit[];
    expect(mila.map((h) => h.householdId)).toEqual([householdId]);
    expect((await call('households:search-households', { query: 'ruben' })).value).toEqual([]);
    const log = await app.db
      .selectFrom('audit_log')
      .select(['details', 'entity_id'])
      .where('action', '=', 'household.update')
      .execute();
    expect(log).toHaveLength(1);
    expect(log[0]?.entity_id).toBe(householdId);
    const fields = String(JSON.parse(log[0]?.details ?? '{}').fields).split(',');
    expect(fields).toEqual(
      expect.arrayContaining([
        'postalCode',
        'language',
        'phone',
        'members.0.dateOfBirth',
        'members.1.added',
        `member.${ruben.id}.removed`,
      ]),
    );
    expect(log[0]?.details).not.toMatch(/Mila|Ruben|1000|0471/);
  });

  it('refuses impossible and future dates and an unknown postal code field by field; nothing saved', async () => {
    app = await aTestApp();
    const { call } = await aCaller(app, ['social-worker']);
    const { householdId, file } = await enrolled(call);
    const details = detailsOf(file);
    const result = await call('households:update-household', {
      householdId,
      details: {
        ...details,
        referencePerson: { ...details.referencePerson, dateOfBirth: '31/02/1985' },
        members: [
          ...details.members,
          { firstName: 'Nina', lastName: '', dateOfBirth: '2031-01-01' },
          { firstName: '', lastName: '', dateOfBirth: '2020-01-01' },
        ],
        postalCode: '9999',
        phone: '12',
      },
    });
    expect(result.error?.code).toBe('invalid-input');
    expect(result.error?.fields).toEqual(
      expect.arrayContaining([
        { path: 'referencePerson.dateOfBirth', code: 'bad-date' },
        { path: 'members.2.dateOfBirth', code: 'future-date' },
        { path: 'members.3.firstName', code: 'required' },
        { path: 'postalCode', code: 'unknown-postal-code' },
        { path: 'referencePerson.phone', code: 'bad-phone' },
      ]),
    );
    const after = (await call('households:get-household', { householdId })).value as HouseholdFile;
    expect(after.members).toEqual(file.members);
    expect(after.postalCode).toBe('9000');
    expect(
      await app.db.selectFrom('audit_log').select('id').where('action', '=', 'household.update').execute(),
    ).toEqual([]);
  });

  it('refuses a member id of another household', async () => {
    app = await aTestApp();
    const { call } = await aCaller(app, ['social-worker']);
    const first = await enrolled(call);
    const second = await enrolled(call, {
      referencePerson: { firstName: 'Omar', lastName: 'Haddad', dateOfBirth: '1970-01-01', language: 'fr' },
      members: [],
    });
    const other = first.file.members.find((m) => !m.isReference);
    const details = detailsOf(second.file);
    const result = await call('households:update-household', {
      householdId: second.householdId,
      details: { ...details, members: [{ id: other?.id, firstName: 'X', lastName: 'Y', dateOfBirth: '2016-05-01' }] },
    });
    expect(result.error?.fields).toEqual([{ path: 'members.0.id', code: 'invalid' }]);
  });

  it('an added member already in an active household is shown first; confirming a different person saves it, audited', async () => {
    app = await aTestApp();
    const { call } = await aCaller(app, ['social-worker']);
    const existing = await enrolled(call);
    const other = await enrolled(call, {
      referencePerson: { firstName: 'Omar', lastName: 'Haddad', dateOfBirth: '1970-01-01', language: 'fr' },
      members: [],
    });
    const details = detailsOf(other.file);
    const edit = (confirmedDifferent: number[]) =>
      call('households:update-household', {
        householdId: other.householdId,
        details: {
          ...details,
          members: [{ firstName: 'Lote', lastName: 'Vandenbrouke', dateOfBirth: '01/05/2016' }],
        },
        confirmedDifferent,
      });
    const warned = await edit([]);
    expect(warned.value).toMatchObject({
      kind: 'duplicates',
      candidates: [{ householdId: existing.householdId, formIndex: 0, firstName: 'Lotte', match: 'similar-name' }],
    });
    let file = (await call('households:get-household', { householdId: other.householdId })).value as HouseholdFile;
    expect(file.members).toHaveLength(1);
    expect((await edit([existing.householdId])).value).toMatchObject({ kind: 'saved' });
    file = (await call('households:get-household', { householdId: other.householdId })).value as HouseholdFile;
    expect(file.members.map((m) => m.firstName)).toEqual(['Omar', 'Lote']);
    const confirmed = await app.db
      .selectFrom('audit_log')
      .select(['entity_id', 'details'])
      .where('action', '=', 'household.duplicate-confirmed-different')
      .execute();
    expect(confirmed).toEqual([
      { entity_id: other.householdId, details: JSON.stringify({ otherHouseholdId: existing.householdId }) },
    ]);
  });
});

describe('lifting a suspension early', () => {
  it('a social worker lifts it: active again, shown in the file, audited; a second lift is refused', async () => {
    app = await aTestApp();
    const { call } = await aCaller(app, ['social-worker']);
    const { householdId } = await enrolled(call);
    const suspended = await call('households:suspend-household', {
      householdId,
      reason: 'Fraude',
      until: '2027-01-31',
    });
    const { suspensionId } = suspended.value as { suspensionId: number };
    let file = (await call('households:get-household', { householdId })).value as HouseholdFile;
    expect(file.status.kind).toBe('suspended');
    const lifted = await call('households:lift-suspension', { householdId, suspensionId });
    expect(lifted.ok, JSON.stringify(lifted.error)).toBe(true);
    const { liftedOn } = lifted.value as { liftedOn: string };
    file = (await call('households:get-household', { householdId })).value as HouseholdFile;
    expect(file.status.kind).toBe('active');
    expect(file.suspensions).toEqual([expect.objectContaining({ id: suspensionId, reason: 'Fraude', liftedOn })]);
    const again = await call('households:lift-suspension', { householdId, suspensionId });
    expect(again.error).toMatchObject({ code: 'refused', reason: 'suspension-not-running' });
    const wrongHousehold = await call('households:lift-suspension', { householdId: householdId + 1, suspensionId });
    expect(wrongHousehold.ok).toBe(false);
    const log = await app.db
      .selectFrom('audit_log')
      .select(['entity_id', 'details'])
      .where('action', '=', 'household.suspension-lift')
      .execute();
    expect(log).toEqual([{ entity_id: householdId, details: JSON.stringify({ suspensionId }) }]);
  });
});

describe('referring organisations', () => {
  it('a coordinator adds, renames and deactivates; pickers only offer active ones; audited', async () => {
    app = await aTestApp();
    const coordinator = await aCaller(app, ['coordinator']);
    const worker = await aCaller(app, ['social-worker']);
    const added = await coordinator.call('households:add-organisation', { name: 'CAW Oost', kind: 'caw' });
    const { id } = added.value as { id: number };
    const clash = await coordinator.call('households:add-organisation', { name: 'CAW Oost', kind: 'other' });
    expect(clash.error?.fields).toEqual([{ path: 'name', code: 'name-in-use' }]);
    const renamed = await coordinator.call('households:update-organisation', {
      id,
      name: 'CAW Oost-Vlaanderen',
      kind: 'caw',
      active: true,
    });
    expect(renamed.ok).toBe(true);
    expect(
      await worker.call('households:update-organisation', { id, name: 'X', kind: 'caw', active: false }),
    ).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    await coordinator.call('households:update-organisation', {
      id,
      name: 'CAW Oost-Vlaanderen',
      kind: 'caw',
      active: false,
    });
    const offered = (await worker.call('households:list-organisations', {})).value as { id: number }[];
    expect(offered.map((o) => o.id)).not.toContain(id);
    const all = (await coordinator.call('households:list-organisations', { includeInactive: true })).value;
    expect(all).toEqual(expect.arrayContaining([{ id, name: 'CAW Oost-Vlaanderen', kind: 'caw', active: false }]));
    const actions = await app.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'referring_organisation')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(['organisation.add', 'organisation.update', 'organisation.update']);
  });
});
