// Correcting a household file after enrolment (people, postal code, language, phone). Same field rules
// as enrolment; an added member or a changed name/date of birth goes through the duplicate check first.
// One transaction; the audit entry names the fields that changed (never their values).
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { immediateTransaction } from '../../../db/transaction';
import { invalidFields, notFound } from '../../api/errors';
import type { DuplicateCandidate } from '../../contract/households';
import { type HouseholdDetailsInput, validateHouseholdDetails } from '../../domain/household-details';
import { buildSearchText } from '../../domain/text-search';
import { audit } from '../audit';
import { auditConfirmedDifferent, findDuplicatePeople, type PersonToCheck } from './enrol';
import { postalCodeIndex } from './postal-index';

export interface UpdateContext {
  readonly today: string;
  readonly now: Date;
  readonly userId: number | null;
  readonly expiringDays: number;
}

export type UpdateOutcome =
  | { kind: 'saved'; householdId: number; changed: string[] }
  | { kind: 'duplicates'; candidates: DuplicateCandidate[] };

export function updateHousehold(
  db: Kysely<DB>,
  householdId: number,
  input: HouseholdDetailsInput,
  confirmedDifferent: readonly number[],
  context: UpdateContext,
): Promise<UpdateOutcome> {
  // Read, checked and written in one transaction: two saves of the same file at once (two screens)
  // are taken one after the other, so the second sees the first's new member instead of adding it again.
  return immediateTransaction(db, (trx) => update(trx, householdId, input, confirmedDifferent, context));
}

async function update(
  trx: Kysely<DB>,
  householdId: number,
  input: HouseholdDetailsInput,
  confirmedDifferent: readonly number[],
  context: UpdateContext,
): Promise<UpdateOutcome> {
  const household = await trx
    .selectFrom('households')
    .select(['id', 'postal_code', 'language', 'phone'])
    .where('id', '=', householdId)
    .where('anonymised_at', 'is', null)
    .executeTakeFirst();
  if (!household) throw notFound('household');
  const existing = await trx
    .selectFrom('members')
    .select(['id', 'is_reference', 'first_name', 'last_name', 'birth_date'])
    .where('household_id', '=', householdId)
    .execute();
  const checked = validateHouseholdDetails(input, { today: context.today, postalCodes: postalCodeIndex() });
  if (!checked.ok) throw invalidFields([...checked.errors]);
  const reference = existing.find((m) => m.is_reference === 1);
  if (!reference) throw notFound('reference-person');
  // A member id from another household (or the reference person's id in the members list) is refused.
  const memberIds = new Set(existing.filter((m) => m.is_reference !== 1).map((m) => m.id));
  const unknown = checked.members.flatMap((m, i) =>
    m.id !== undefined && !memberIds.has(m.id) ? [{ path: `members.${i}.id`, code: 'invalid' as const }] : [],
  );
  if (checked.referencePerson.id !== undefined && checked.referencePerson.id !== reference.id)
    unknown.push({ path: 'referencePerson.id', code: 'invalid' });
  if (unknown.length > 0) throw invalidFields(unknown);

  const before = new Map(existing.map((m) => [m.id, m]));
  const differs = (p: { id: number | undefined; firstName: string; lastName: string; dateOfBirth: string }) => {
    const old = p.id === undefined ? undefined : before.get(p.id);
    return !old || old.first_name !== p.firstName || old.last_name !== p.lastName || old.birth_date !== p.dateOfBirth;
  };
  const people = [
    { formIndex: -1, person: { ...checked.referencePerson, id: reference.id } },
    ...checked.members.map((person, formIndex) => ({ formIndex, person })),
  ];
  const toCheck: PersonToCheck[] = people
    .filter((p) => differs(p.person))
    .map((p) => ({ ...p.person, formIndex: p.formIndex }));
  const candidates = (await findDuplicatePeople(trx, toCheck, context.today, context.expiringDays, householdId)).filter(
    (d) => !confirmedDifferent.includes(d.householdId),
  );
  if (candidates.length > 0) return { kind: 'duplicates', candidates };

  const changed: string[] = [];
  if (household.postal_code !== checked.postalCode) changed.push('postalCode');
  if (household.language !== checked.language) changed.push('language');
  if ((household.phone ?? null) !== checked.phone) changed.push('phone');
  const kept = new Set(people.flatMap((p) => (p.person.id === undefined ? [] : [p.person.id])));
  const removed = existing.filter((m) => !kept.has(m.id)).map((m) => m.id);
  for (const { formIndex, person } of people) {
    const old = person.id === undefined ? undefined : before.get(person.id);
    const path = formIndex < 0 ? 'referencePerson' : `members.${formIndex}`;
    if (!old) changed.push(`${path}.added`);
    else {
      if (old.first_name !== person.firstName || old.last_name !== person.lastName) changed.push(`${path}.name`);
      if (old.birth_date !== person.dateOfBirth) changed.push(`${path}.dateOfBirth`);
    }
  }
  for (const id of removed) changed.push(`member.${id}.removed`);
  if (changed.length === 0) return { kind: 'saved', householdId, changed };

  for (const id of removed) await trx.deleteFrom('members').where('id', '=', id).execute();
  for (const { formIndex, person } of people) {
    const values = {
      first_name: person.firstName,
      last_name: person.lastName,
      birth_date: person.dateOfBirth,
      search_name: buildSearchText([person.firstName, person.lastName]),
    };
    if (person.id === undefined)
      await trx
        .insertInto('members')
        .values({ ...values, household_id: householdId, is_reference: formIndex < 0 ? 1 : 0 })
        .execute();
    else if (differs(person)) await trx.updateTable('members').set(values).where('id', '=', person.id).execute();
  }
  await trx
    .updateTable('households')
    .set({
      postal_code: checked.postalCode,
      municipality: checked.municipality,
      language: checked.language,
      phone: checked.phone,
      search_text: buildSearchText(people.flatMap((p) => [p.person.firstName, p.person.lastName])),
    })
    .where('id', '=', householdId)
    .execute();
  await auditConfirmedDifferent(trx, context, householdId, confirmedDifferent);
  await audit(trx, {
    at: context.now,
    userId: context.userId,
    action: 'household.update',
    entity: 'household',
    entityId: householdId,
    details: { fields: changed.join(','), removed: removed.length },
  });
  return { kind: 'saved', householdId, changed };
}
