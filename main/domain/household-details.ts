// Correcting a household file after enrolment: the people, postal code, language and phone — the same
// field rules as the enrolment form (household-input.ts), without the period, which has its own actions.
import type { Language } from '../contract/money';
import { checkDateOfBirth, type FieldError, normalisePhone } from './household-input';
import { lookupPostalCode, type PostalCodeIndex } from './postal-codes';

export interface DetailsPerson {
  /** Absent for a member added in this edit. */
  readonly id?: number | undefined;
  readonly firstName: string;
  readonly lastName: string;
  readonly dateOfBirth: string;
}

export interface HouseholdDetailsInput {
  readonly referencePerson: DetailsPerson;
  readonly members: readonly DetailsPerson[];
  readonly postalCode: string;
  readonly language: Language;
  readonly phone: string;
}

export interface CheckedPerson {
  readonly id: number | undefined;
  readonly firstName: string;
  readonly lastName: string;
  readonly dateOfBirth: string;
}

export type DetailsValidation =
  | {
      readonly ok: true;
      readonly referencePerson: CheckedPerson;
      readonly members: readonly CheckedPerson[];
      readonly postalCode: string;
      readonly municipality: string;
      readonly language: Language;
      readonly phone: string | null;
    }
  | { readonly ok: false; readonly errors: readonly FieldError[] };

/** Paths match the enrolment form's (`referencePerson.dateOfBirth`, `members.1.firstName`, `postalCode`). */
export function validateHouseholdDetails(
  input: HouseholdDetailsInput,
  context: { readonly today: string; readonly postalCodes: PostalCodeIndex },
): DetailsValidation {
  const errors: FieldError[] = [];
  const person = (raw: DetailsPerson, path: string, fallbackLastName: string): CheckedPerson => {
    const firstName = raw.firstName.trim();
    const lastName = raw.lastName.trim() || fallbackLastName;
    if (firstName === '') errors.push({ path: `${path}.firstName`, code: 'required' });
    if (lastName === '') errors.push({ path: `${path}.lastName`, code: 'required' });
    const birth = checkDateOfBirth(raw.dateOfBirth, context.today);
    if (!birth.ok) errors.push({ path: `${path}.dateOfBirth`, code: birth.code });
    return { id: raw.id, firstName, lastName, dateOfBirth: birth.ok ? birth.date : raw.dateOfBirth };
  };
  const referencePerson = person(input.referencePerson, 'referencePerson', '');
  const members = input.members.map((m, i) => person(m, `members.${i}`, referencePerson.lastName));
  let phone: string | null = null;
  if (input.phone.trim() !== '') {
    phone = normalisePhone(input.phone) ?? null;
    if (phone === null) errors.push({ path: 'referencePerson.phone', code: 'bad-phone' });
  }
  const postal = input.postalCode.trim();
  const entry = lookupPostalCode(context.postalCodes, postal);
  if (!entry) errors.push({ path: 'postalCode', code: postal === '' ? 'required' : 'unknown-postal-code' });
  if (errors.length > 0 || !entry) return { ok: false, errors };
  return {
    ok: true,
    referencePerson,
    members,
    postalCode: entry.code,
    municipality: entry.municipality,
    language: input.language,
    phone,
  };
}
