// Enrolling a household: field rules, the duplicate check, then one transaction writing the
// household, its members, the first period and a card. Nothing is written when anything fails.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { immediateTransaction } from '../../../db/transaction';
import { invalidFields, TillError } from '../../api/errors';
import type { FieldError } from '../../contract/define';
import type { DuplicateCandidate, HouseholdForm } from '../../contract/households';
import { checkCardNumber } from '../../domain/card-number';
import { parseDateCell } from '../../domain/csv/values';
import { validateHouseholdInput } from '../../domain/household-input';
import { duplicatePersonMatch } from '../../domain/name-match';
import { buildSearchText } from '../../domain/text-search';
import { audit } from '../audit';
import { issueCard } from './cards';
import { householdStatus } from './file';
import { organisationForKind } from './organisations';
import { postalCodeIndex } from './postal-index';
import { periodEnd } from './status-summary';

const activeKinds = new Set(['active', 'expiring', 'suspended', 'not-yet-valid']);

/** People on the form who may already be members of an active household. */
export async function findDuplicates(
  db: Kysely<DB>,
  form: HouseholdForm,
  today: string,
  expiringDays: number,
  excludeHouseholdId?: number,
): Promise<DuplicateCandidate[]> {
  const people = [
    { formIndex: -1, ...form.referencePerson },
    ...form.members.map((m, i) => ({ formIndex: i, ...m, lastName: m.lastName ?? form.referencePerson.lastName })),
  ];
  return findDuplicatePeople(db, people, today, expiringDays, excludeHouseholdId);
}

export interface PersonToCheck {
  /** -1 = the reference person, else the index in the form's members. */
  readonly formIndex: number;
  readonly firstName: string;
  readonly lastName: string;
  /** As typed: rows whose date cannot be read are skipped (the field rules report them). */
  readonly dateOfBirth: string;
}

/** The duplicate rule for any list of people: same or similar name and same date of birth, active household. */
export async function findDuplicatePeople(
  db: Kysely<DB>,
  candidates: readonly PersonToCheck[],
  today: string,
  expiringDays: number,
  excludeHouseholdId?: number,
): Promise<DuplicateCandidate[]> {
  const people = candidates.flatMap((p) => {
    const date = parseDateCell(p.dateOfBirth);
    return date ? [{ ...p, dateOfBirth: date }] : [];
  });
  if (people.length === 0) return [];
  const rows = await db
    .selectFrom('members')
    .innerJoin('households', 'households.id', 'members.household_id')
    .select(['members.household_id', 'members.first_name', 'members.last_name', 'members.birth_date'])
    .where(
      'members.birth_date',
      'in',
      people.map((p) => p.dateOfBirth),
    )
    .where('households.anonymised_at', 'is', null)
    .execute();
  const found: DuplicateCandidate[] = [];
  const statusCache = new Map<number, boolean>();
  for (const person of people) {
    for (const row of rows) {
      if (row.household_id === excludeHouseholdId) continue;
      const existing = { firstName: row.first_name ?? '', lastName: row.last_name ?? '', dateOfBirth: row.birth_date };
      const match = duplicatePersonMatch(person, existing);
      if (!match) continue;
      let active = statusCache.get(row.household_id);
      if (active === undefined) {
        active = activeKinds.has((await householdStatus(db, row.household_id, today, expiringDays)).kind);
        statusCache.set(row.household_id, active);
      }
      if (active) found.push({ householdId: row.household_id, formIndex: person.formIndex, match, ...existing });
    }
  }
  return found;
}

export interface EnrolContext {
  readonly today: string;
  readonly now: Date;
  readonly userId: number | null;
  readonly expiringDays: number;
  readonly cardPrefix: string;
  readonly enrolmentMonths: number;
}

/** A social worker said these households' look-alike people are someone else: record each choice. */
export async function auditConfirmedDifferent(
  trx: Kysely<DB>,
  context: { readonly now: Date; readonly userId: number | null },
  householdId: number,
  others: readonly number[],
): Promise<void> {
  for (const other of others) {
    await audit(trx, {
      at: context.now,
      userId: context.userId,
      action: 'household.duplicate-confirmed-different',
      entity: 'household',
      entityId: householdId,
      details: { otherHouseholdId: other },
    });
  }
}

export async function enrolHousehold(
  db: Kysely<DB>,
  form: HouseholdForm,
  confirmedDifferent: readonly number[],
  context: EnrolContext,
): Promise<{ householdId: number; cardNumber: string }> {
  // An empty end date takes the shop's default length (settings.enrolmentMonths).
  const from = parseDateCell(form.enrolment.validFrom);
  const filled =
    form.enrolment.validUntil.trim() === '' && from
      ? { ...form, enrolment: { ...form.enrolment, validUntil: periodEnd(from, context.enrolmentMonths) } }
      : form;
  const checked = validateHouseholdInput(filled, { today: context.today, postalCodes: postalCodeIndex() });
  const errors: FieldError[] = checked.ok ? [] : [...checked.errors];
  const referralDate = form.referralDate ? parseDateCell(form.referralDate) : undefined;
  if (form.referralDate && (referralDate === undefined || referralDate > context.today))
    errors.push({ path: 'referralDate', code: referralDate === undefined ? 'bad-date' : 'future-date' });
  if (form.cardNumber) {
    const card = checkCardNumber(form.cardNumber, { prefix: '04', length: 13 });
    if (!card.ok) errors.push({ path: 'cardNumber', code: 'bad-card-number' });
    else if (await db.selectFrom('cards').select('id').where('number', '=', card.cardNumber).executeTakeFirst())
      errors.push({ path: 'cardNumber', code: 'card-in-use' });
  }
  if (
    form.organisationId &&
    !(await db
      .selectFrom('referring_organisations')
      .select('id')
      .where('id', '=', form.organisationId)
      .executeTakeFirst())
  )
    errors.push({ path: 'organisationId', code: 'invalid' });
  if (!checked.ok || errors.length > 0) throw invalidFields(errors);
  const value = checked.value;
  const at = context.now.toISOString();
  return immediateTransaction(db, async (trx) => {
    // Inside the transaction: a second save of the same form (a double tap, a second screen)
    // waits for the first and then finds its household, instead of enrolling it twice.
    const duplicates = (await findDuplicates(trx, form, context.today, context.expiringDays)).filter(
      (d) => !confirmedDifferent.includes(d.householdId),
    );
    if (duplicates.length > 0) {
      throw new TillError('conflict', 'duplicate-person', 'a person on the form may already be enrolled', {
        householdIds: [...new Set(duplicates.map((d) => d.householdId))].join(','),
      });
    }
    const people = [
      { ...value.referencePerson, isReference: 1 },
      ...value.members.map((m) => ({ ...m, lastName: m.lastName || value.referencePerson.lastName, isReference: 0 })),
    ];
    const { id: householdId } = await trx
      .insertInto('households')
      .values({
        postal_code: value.postalCode,
        municipality: checked.municipality,
        language: value.referencePerson.language,
        phone: value.referencePerson.phone || null,
        notes: form.notes?.trim() || null,
        search_text: buildSearchText(people.flatMap((p) => [p.firstName, p.lastName])),
        created_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const person of people) {
      await trx
        .insertInto('members')
        .values({
          household_id: householdId,
          is_reference: person.isReference,
          first_name: person.firstName,
          last_name: person.lastName,
          birth_date: person.dateOfBirth,
          search_name: buildSearchText([person.firstName, person.lastName]),
        })
        .execute();
    }
    const organisationId =
      form.organisationId ?? (await organisationForKind(trx, value.enrolment.referringOrganisation));
    const { id: enrolmentId } = await trx
      .insertInto('enrolments')
      .values({
        household_id: householdId,
        valid_from: value.enrolment.validFrom,
        valid_until: value.enrolment.validUntil,
        organisation_id: organisationId,
        social_worker_id: context.userId,
        basis: form.basis ?? null,
        referral_date: referralDate ?? null,
        kind: 'new',
        created_by: context.userId,
        created_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const card = await issueCard(trx, householdId, context.cardPrefix, at, form.cardNumber?.trim());
    await auditConfirmedDifferent(trx, context, householdId, confirmedDifferent);
    await audit(trx, {
      at: context.now,
      userId: context.userId,
      action: 'household.enrol',
      entity: 'household',
      entityId: householdId,
      details: { enrolmentId, cardId: card.cardId, members: people.length },
    });
    return { householdId, cardNumber: card.number };
  });
}
