// What the till learns from a scanned card: enough to serve the household, nothing more. A cashier
// never gets a surname, address, income, referral basis or notes (DOMAIN.md, privacy).
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import type { Language } from '../../contract/money';
import { countMembers } from '../../domain/budget';
import { checkCardNumber } from '../../domain/card-number';
import { type EnrolmentStatus, enrolmentStatus } from '../../domain/enrolment-status';
import type { Settings } from '../settings';
import { loadPeriods, loadSuspensions } from './status-data';

export interface CardProxy {
  readonly id: number;
  readonly name: string;
  readonly validUntil: string;
}

export type CardLookup =
  | { readonly kind: 'unknown' }
  | { readonly kind: 'blocked'; readonly householdId: number }
  | {
      readonly kind: 'household';
      readonly householdId: number;
      readonly cardId: number;
      /** The reference person's first name only. */
      readonly firstName: string;
      readonly householdSize: number;
      readonly adults: number;
      readonly children: number;
      readonly status: EnrolmentStatus;
      /** Last day of the current (or last) period, null when never enrolled. */
      readonly validUntil: string | null;
      readonly language: Language;
      /** Proxy shoppers still authorised today. */
      readonly proxies: CardProxy[];
    };

/** Children are counted below this age, as in the budget rules' default. */
export const childAgeLimit = 18;

type LookupSettings = Pick<Settings, 'cardPrefix' | 'expiringDays'>;

export async function lookupCard(
  db: Kysely<DB>,
  code: string,
  today: string,
  settings: LookupSettings,
): Promise<CardLookup> {
  const number = code.trim();
  // Prefix is the configured one (049 by default); any 04x card already issued stays readable.
  if (!checkCardNumber(number, { prefix: '04', length: 13 }).ok) return { kind: 'unknown' };
  const card = await db
    .selectFrom('cards')
    .innerJoin('households', 'households.id', 'cards.household_id')
    .select(['cards.id', 'cards.household_id', 'cards.blocked_at', 'households.language', 'households.anonymised_at'])
    .where('cards.number', '=', number)
    .executeTakeFirst();
  if (!card || card.anonymised_at !== null) return { kind: 'unknown' };
  if (card.blocked_at !== null) return { kind: 'blocked', householdId: card.household_id };
  const householdId = card.household_id;
  const [members, periods, suspensions, proxies] = await Promise.all([
    db
      .selectFrom('members')
      .select(['first_name', 'birth_date', 'is_reference'])
      .where('household_id', '=', householdId)
      .execute(),
    loadPeriods(db, householdId),
    loadSuspensions(db, householdId),
    db
      .selectFrom('proxies')
      .select(['id', 'name', 'valid_until'])
      .where('household_id', '=', householdId)
      .where('valid_until', '>=', today)
      .orderBy('id')
      .execute(),
  ]);
  const status = enrolmentStatus(periods, suspensions, today, { expiringWithinDays: settings.expiringDays });
  const { adults, children } = countMembers(
    members.map((m) => m.birth_date),
    childAgeLimit,
    today,
  );
  return {
    kind: 'household',
    householdId,
    cardId: card.id,
    firstName: members.find((m) => m.is_reference === 1)?.first_name ?? '',
    householdSize: members.length,
    adults,
    children,
    status,
    validUntil: validUntilOf(status),
    language: asLanguage(card.language),
    proxies: proxies.map((p) => ({ id: p.id, name: p.name, validUntil: p.valid_until })),
  };
}

export function validUntilOf(status: EnrolmentStatus): string | null {
  switch (status.kind) {
    case 'none':
      return null;
    case 'not-yet-valid':
      return status.next.validUntil;
    case 'active':
    case 'expiring':
    case 'suspended':
      return status.current.validUntil;
    case 'ended':
      return status.last.endedOn ?? status.last.validUntil;
    case 'expired':
      return status.last.validUntil;
  }
}

export function asLanguage(value: string): Language {
  return value === 'fr' || value === 'en' ? value : 'nl';
}
