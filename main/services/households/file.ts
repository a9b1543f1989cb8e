// Reading a household: the full file (social workers, coordinators) and the rows search hits need.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { notFound } from '../../api/errors';
import type { HouseholdFile, SearchHit } from '../../contract/households';
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

/** Search result rows for the hits, in the hits' order: four queries whatever the number of hits. */
export async function searchHits(
  db: Kysely<DB>,
  hits: readonly { householdId: number; memberId: number | null }[],
  today: string,
  expiringDays: number,
): Promise<SearchHit[]> {
  if (hits.length === 0) return [];
  const ids = hits.map((h) => h.householdId);
  const memberIds = hits.flatMap((h) => (h.memberId === null ? [] : [h.memberId]));
  const [references, matched, periods, suspensions] = await Promise.all([
    db
      .selectFrom('members')
      .innerJoin('households', 'households.id', 'members.household_id')
      .leftJoin('cards', (join) =>
        join.onRef('cards.household_id', '=', 'members.household_id').on('cards.blocked_at', 'is', null),
      )
      .select([
        'members.household_id',
        'members.first_name',
        'members.last_name',
        'members.birth_date',
        'households.municipality',
        'cards.number',
      ])
      .where('members.household_id', 'in', ids)
      .where('members.is_reference', '=', 1)
      .execute(),
    memberIds.length > 0
      ? db
          .selectFrom('members')
          .select(['id', 'first_name', 'last_name', 'is_reference'])
          .where('id', 'in', memberIds)
          .execute()
      : [],
    db
      .selectFrom('enrolments')
      .select(['id', 'household_id', 'valid_from', 'valid_until', 'ended_on'])
      .where('household_id', 'in', ids)
      .execute(),
    db
      .selectFrom('suspensions')
      .select(['id', 'household_id', 'reason', 'from_date', 'until_date', 'lifted_on'])
      .where('household_id', 'in', ids)
      .execute(),
  ]);
  const result: SearchHit[] = [];
  for (const hit of hits) {
    const reference = references.find((m) => m.household_id === hit.householdId);
    if (!reference) continue;
    const member = matched.find((m) => m.id === hit.memberId);
    const status = enrolmentStatus(
      periods
        .filter((p) => p.household_id === hit.householdId)
        .map((p) => ({ id: String(p.id), validFrom: p.valid_from, validUntil: p.valid_until, endedOn: p.ended_on })),
      suspensions
        .filter((x) => x.household_id === hit.householdId)
        .map((x) => ({
          id: String(x.id),
          from: x.from_date,
          until: x.until_date,
          reason: x.reason,
          liftedOn: x.lifted_on,
        })),
      today,
      { expiringWithinDays: expiringDays },
    );
    result.push({
      householdId: hit.householdId,
      firstName: reference.first_name ?? '',
      lastName: reference.last_name ?? '',
      dateOfBirth: reference.birth_date,
      municipality: reference.municipality,
      matchedMember:
        member && member.is_reference !== 1 ? `${member.first_name ?? ''} ${member.last_name ?? ''}`.trim() : null,
      cardNumber: reference.number,
      status: summariseStatus(status),
    });
  }
  return result;
}
