// Reading a household: the full file (social workers, coordinators) and the rows search hits need.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { notFound } from '../../api/errors';
import type { HouseholdFile } from '../../contract/households';
import { countMembers } from '../../domain/budget';
import { ageOn } from '../../domain/calendar';
import { enrolmentStatus } from '../../domain/enrolment-status';
import { asLanguage, childAgeLimit } from './card-lookup';
import { loadPeriods, loadSuspensions } from './status-data';
import { type StatusSummary, summariseStatus } from './status-summary';

const bases = ['income-check', 'debt-settlement', 'living-wage', 'other'] as const;
const kinds = ['ocmw-cpas', 'caw', 'debt-counselling', 'other'] as const;
const asBasis = (value: string | null) => bases.find((b) => b === value) ?? null;
const asKind = (value: string | null) => kinds.find((k) => k === value) ?? null;

export async function householdStatus(
  db: Kysely<DB>,
  householdId: number,
  today: string,
  expiringDays: number,
): Promise<StatusSummary> {
  const [periods, suspensions] = await Promise.all([loadPeriods(db, householdId), loadSuspensions(db, householdId)]);
  return summariseStatus(enrolmentStatus(periods, suspensions, today, { expiringWithinDays: expiringDays }));
}

export async function readHouseholdFile(
  db: Kysely<DB>,
  householdId: number,
  today: string,
  expiringDays: number,
): Promise<HouseholdFile> {
  const household = await db
    .selectFrom('households')
    .selectAll()
    .where('id', '=', householdId)
    .where('anonymised_at', 'is', null)
    .executeTakeFirst();
  if (!household) throw notFound('household');
  const [members, enrolments, suspensions, cards, proxies, status] = await Promise.all([
    db
      .selectFrom('members')
      .selectAll()
      .where('household_id', '=', householdId)
      .orderBy('is_reference', 'desc')
      .orderBy('birth_date')
      .execute(),
    db
      .selectFrom('enrolments')
      .leftJoin('referring_organisations as o', 'o.id', 'enrolments.organisation_id')
      .leftJoin('users as u', 'u.id', 'enrolments.social_worker_id')
      .select([
        'enrolments.id',
        'enrolments.valid_from',
        'enrolments.valid_until',
        'enrolments.ended_on',
        'enrolments.kind',
        'enrolments.organisation_id',
        'enrolments.basis',
        'enrolments.referral_date',
        'o.name as organisation_name',
        'o.kind as organisation_kind',
        'u.name as social_worker',
      ])
      .where('enrolments.household_id', '=', householdId)
      .orderBy('enrolments.valid_from', 'desc')
      .execute(),
    db
      .selectFrom('suspensions')
      .selectAll()
      .where('household_id', '=', householdId)
      .orderBy('from_date', 'desc')
      .execute(),
    db.selectFrom('cards').selectAll().where('household_id', '=', householdId).orderBy('id', 'desc').execute(),
    db.selectFrom('proxies').selectAll().where('household_id', '=', householdId).orderBy('id').execute(),
    householdStatus(db, householdId, today, expiringDays),
  ]);
  const counts = countMembers(
    members.map((m) => m.birth_date),
    childAgeLimit,
    today,
  );
  return {
    id: household.id,
    postalCode: household.postal_code,
    municipality: household.municipality,
    language: asLanguage(household.language),
    phone: household.phone,
    notes: household.notes,
    members: members.map((m) => ({
      id: m.id,
      isReference: m.is_reference === 1,
      firstName: m.first_name ?? '',
      lastName: m.last_name ?? '',
      dateOfBirth: m.birth_date,
      child: ageOn(m.birth_date, today) < childAgeLimit,
    })),
    adults: counts.adults,
    children: counts.children,
    status,
    enrolments: enrolments.map((e) => ({
      id: e.id,
      validFrom: e.valid_from,
      validUntil: e.valid_until,
      endedOn: e.ended_on,
      kind: e.kind === 'renewal' ? 'renewal' : 'new',
      organisationId: e.organisation_id,
      organisationName: e.organisation_name,
      organisationKind: asKind(e.organisation_kind),
      socialWorker: e.social_worker,
      basis: asBasis(e.basis),
      referralDate: e.referral_date,
    })),
    suspensions: suspensions.map((s) => ({
      id: s.id,
      reason: s.reason,
      from: s.from_date,
      until: s.until_date,
      liftedOn: s.lifted_on,
    })),
    cards: cards.map((c) => ({ id: c.id, number: c.number, issuedAt: c.issued_at, blockedAt: c.blocked_at })),
    proxies: proxies.map((p) => ({ id: p.id, name: p.name, validUntil: p.valid_until })),
  };
}
