// Household form: zod schemas for shape, then field-level rules that return error codes (never text):
// the screen translates `{ path, code }` into the user's language. household-import.ts uses the same rules.

import { z } from 'zod';
import { type Language, languageSchema } from '../contract/money';
import type { HeaderAliases } from './csv/headers';
import { parseDateCell } from './csv/values';
import { lookupPostalCode, type PostalCodeIndex } from './postal-codes';

export const referringOrganisations = ['ocmw-cpas', 'caw', 'debt-counselling', 'other'] as const;
export type ReferringOrganisation = (typeof referringOrganisations)[number];

export type HouseholdColumn =
  | 'householdKey'
  | 'role'
  | 'firstName'
  | 'lastName'
  | 'dateOfBirth'
  | 'postalCode'
  | 'language'
  | 'phone'
  | 'validFrom'
  | 'validUntil'
  | 'organisation';

export const householdHeaderAliases = {
  householdKey: [
    'gezin',
    'huishouden',
    'gezinsnummer',
    'dossier',
    'ménage',
    'foyer',
    'numero de menage',
    'household',
    'household key',
    'household id',
  ],
  role: ['rol', 'rôle', 'role'],
  firstName: ['voornaam', 'prénom', 'first name', 'firstname', 'given name'],
  lastName: ['achternaam', 'familienaam', 'naam', 'nom', 'nom de famille', 'last name', 'lastname', 'surname'],
  dateOfBirth: ['geboortedatum', 'date de naissance', 'date of birth', 'birth date', 'dob'],
  postalCode: ['postcode', 'code postal', 'postal code', 'zip'],
  language: ['taal', 'langue', 'language'],
  phone: ['telefoon', 'gsm', 'téléphone', 'phone', 'telephone'],
  validFrom: ['geldig vanaf', 'geldig van', 'valable à partir du', 'valable du', 'valid from', 'start'],
  validUntil: [
    'geldig tot',
    'valable jusqu’au',
    "valable jusqu'au",
    'valable au',
    'valid until',
    'valid to',
    'einde',
    'end',
  ],
  organisation: [
    'doorverwijzer',
    'verwijzende organisatie',
    'organisation',
    'organisme',
    'envoyeur',
    'referring organisation',
    'referring organization',
  ],
} as const satisfies HeaderAliases<HouseholdColumn>;

/** Spreadsheet words (after normaliseHeader) for the import: nl/fr/en. */
export const roleWords: Readonly<Record<string, 'reference' | 'member'>> = {
  referentiepersoon: 'reference',
  referentie: 'reference',
  aanvrager: 'reference',
  ref: 'reference',
  'personne de reference': 'reference',
  reference: 'reference',
  demandeur: 'reference',
  'reference person': 'reference',
  head: 'reference',
  lid: 'member',
  gezinslid: 'member',
  membre: 'member',
  member: 'member',
  'household member': 'member',
};
export const languageWords: Readonly<Record<string, Language>> = {
  nl: 'nl',
  nederlands: 'nl',
  dutch: 'nl',
  neerlandais: 'nl',
  vlaams: 'nl',
  fr: 'fr',
  frans: 'fr',
  francais: 'fr',
  french: 'fr',
  en: 'en',
  engels: 'en',
  anglais: 'en',
  english: 'en',
};
export const organisationWords: Readonly<Record<string, ReferringOrganisation>> = {
  ocmw: 'ocmw-cpas',
  cpas: 'ocmw-cpas',
  'ocmw cpas': 'ocmw-cpas',
  'cpas ocmw': 'ocmw-cpas',
  ocmw_cpas: 'ocmw-cpas',
  caw: 'caw',
  schuldbemiddeling: 'debt-counselling',
  'mediation de dettes': 'debt-counselling',
  'debt counselling': 'debt-counselling',
  'debt counseling': 'debt-counselling',
  andere: 'other',
  autre: 'other',
  other: 'other',
};

const trimmed = z.string().trim();

export const personInputSchema = z.object({
  firstName: trimmed,
  lastName: trimmed,
  /** 'YYYY-MM-DD' or 'dd/mm/yyyy'; normalised to ISO by validateHouseholdInput. */
  dateOfBirth: trimmed,
});

export const householdInputSchema = z.object({
  referencePerson: personInputSchema.extend({
    language: languageSchema,
    phone: trimmed.optional(),
  }),
  members: z.array(personInputSchema.extend({ lastName: trimmed.optional() })).max(30),
  postalCode: trimmed,
  enrolment: z.object({
    validFrom: trimmed,
    validUntil: trimmed,
    referringOrganisation: z.enum(referringOrganisations),
    socialWorker: trimmed.optional(),
  }),
});
export type HouseholdInput = z.infer<typeof householdInputSchema>;

export type HouseholdFieldError =
  | 'required'
  | 'bad-date'
  | 'future-date'
  | 'too-old'
  | 'until-before-from'
  | 'unknown-postal-code'
  | 'bad-phone'
  | 'invalid';

export interface FieldError {
  /** Dotted path as in the form: `referencePerson.dateOfBirth`, `members.1.firstName`. */
  readonly path: string;
  readonly code: HouseholdFieldError;
}

/** Oldest plausible age: anything older is a typing mistake (1/1/1900 for 1/1/2000). */
export const maxAgeYears = 120;

export type DateOfBirthCheck = { ok: true; date: string } | { ok: false; code: HouseholdFieldError };

export function checkDateOfBirth(raw: string, today: string): DateOfBirthCheck {
  if (raw.trim() === '') return { ok: false, code: 'required' };
  const date = parseDateCell(raw);
  if (date === undefined) return { ok: false, code: 'bad-date' };
  if (date > today) return { ok: false, code: 'future-date' };
  const oldest = `${String(Number(today.slice(0, 4)) - maxAgeYears).padStart(4, '0')}${today.slice(4)}`;
  if (date < oldest) return { ok: false, code: 'too-old' };
  return { ok: true, date };
}

export type PeriodCheck =
  | { ok: true; validFrom: string; validUntil: string }
  | { ok: false; errors: { field: 'validFrom' | 'validUntil'; code: HouseholdFieldError }[] };

/** Both dates required; until on or after from (a one-day enrolment is allowed). */
export function checkPeriod(rawFrom: string, rawUntil: string): PeriodCheck {
  const errors: { field: 'validFrom' | 'validUntil'; code: HouseholdFieldError }[] = [];
  const validFrom = parseDateCell(rawFrom);
  const validUntil = parseDateCell(rawUntil);
  if (validFrom === undefined)
    errors.push({ field: 'validFrom', code: rawFrom.trim() === '' ? 'required' : 'bad-date' });
  if (validUntil === undefined)
    errors.push({ field: 'validUntil', code: rawUntil.trim() === '' ? 'required' : 'bad-date' });
  if (validFrom !== undefined && validUntil !== undefined && validUntil < validFrom) {
    errors.push({ field: 'validUntil', code: 'until-before-from' });
  }
  return validFrom !== undefined && validUntil !== undefined && errors.length === 0
    ? { ok: true, validFrom, validUntil }
    : { ok: false, errors };
}

/** Belgian or international: 8–15 digits once spaces, `/`, `.`, `-`, `(`, `)` are removed; optional leading +. */
export function normalisePhone(raw: string): string | undefined {
  const compact = raw.replace(/[\s/.\-()]/g, '');
  return /^\+?\d{8,15}$/.test(compact) ? compact : undefined;
}

export type HouseholdValidation =
  | { readonly ok: true; readonly value: HouseholdInput; readonly municipality: string }
  | { readonly ok: false; readonly errors: readonly FieldError[] };

/** Shape (zod) first, then the rules. Dates in the returned value are ISO; the phone is compacted. */
export function validateHouseholdInput(
  input: unknown,
  context: { readonly today: string; readonly postalCodes: PostalCodeIndex },
): HouseholdValidation {
  const parsed = householdInputSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), code: 'invalid' })),
    };
  }
  const value = parsed.data;
  const errors: FieldError[] = [];
  const person = value.referencePerson;
  if (person.firstName === '') errors.push({ path: 'referencePerson.firstName', code: 'required' });
  if (person.lastName === '') errors.push({ path: 'referencePerson.lastName', code: 'required' });
  const birth = checkDateOfBirth(person.dateOfBirth, context.today);
  if (!birth.ok) errors.push({ path: 'referencePerson.dateOfBirth', code: birth.code });
  let phone = person.phone;
  if (person.phone !== undefined && person.phone !== '') {
    phone = normalisePhone(person.phone);
    if (phone === undefined) errors.push({ path: 'referencePerson.phone', code: 'bad-phone' });
  }
  const members = value.members.map((member, index) => {
    if (member.firstName === '') errors.push({ path: `members.${index}.firstName`, code: 'required' });
    const check = checkDateOfBirth(member.dateOfBirth, context.today);
    if (!check.ok) errors.push({ path: `members.${index}.dateOfBirth`, code: check.code });
    return check.ok ? { ...member, dateOfBirth: check.date } : member;
  });
  const entry = lookupPostalCode(context.postalCodes, value.postalCode);
  if (!entry) errors.push({ path: 'postalCode', code: value.postalCode === '' ? 'required' : 'unknown-postal-code' });
  const period = checkPeriod(value.enrolment.validFrom, value.enrolment.validUntil);
  if (!period.ok)
    for (const error of period.errors) errors.push({ path: `enrolment.${error.field}`, code: error.code });
  if (errors.length > 0 || !entry || !birth.ok || !period.ok) return { ok: false, errors };
  return {
    ok: true,
    municipality: entry.municipality,
    value: {
      ...value,
      postalCode: entry.code,
      referencePerson: { ...person, dateOfBirth: birth.date, ...(phone ? { phone } : {}) },
      members,
      enrolment: { ...value.enrolment, validFrom: period.validFrom, validUntil: period.validUntil },
    },
  };
}
