// Writing a parsed household spreadsheet (pure parsing in domain/household-import.ts). All or
// nothing: when any row failed nothing is written unless `validOnly`, and then only whole
// households whose every row is valid.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { immediateTransaction } from '../../../db/transaction';
import type { ImportReport } from '../../contract/households';
import type { Language } from '../../contract/money';
import { defaultExpiringWithinDays } from '../../domain/enrolment-status';
import {
  type HouseholdImportReport,
  type HouseholdRowProblem,
  parseHouseholdBytes,
} from '../../domain/household-import';
import { buildSearchText } from '../../domain/text-search';
import { audit } from '../audit';
import { issueCard } from './cards';
import { findDuplicatePeople } from './enrol';
import { organisationForKind } from './organisations';
import { postalCodeIndex } from './postal-index';

export interface ImportOptions {
  readonly dryRun: boolean;
  readonly validOnly: boolean;
  readonly today: string;
  readonly now: Date;
  readonly userId: number | null;
  readonly cardPrefix: string;
  readonly defaultLanguage: Language;
  /** For the duplicate check's "active household" (settings.expiringDays). */
  readonly expiringDays?: number;
}

export function parseHouseholdFile(bytes: Uint8Array, options: Pick<ImportOptions, 'today' | 'defaultLanguage'>) {
  return parseHouseholdBytes(bytes, {
    today: options.today,
    postalCodes: postalCodeIndex(),
    defaultLanguage: options.defaultLanguage,
  });
}

export async function importHouseholds(
  db: Kysely<DB>,
  bytes: Uint8Array,
  options: ImportOptions,
): Promise<ImportReport> {
  const parsed = parseHouseholdFile(bytes, options);
  const writable = (report: HouseholdImportReport) =>
    !options.dryRun &&
    report.fileProblems.length === 0 &&
    report.households.length > 0 &&
    (report.problems.length === 0 || options.validOnly);
  // Duplicates only take households away: a file not writable before the check is not after it.
  if (!writable(parsed)) return toReport(await withoutDuplicates(db, parsed, options), false);
  // The duplicate check and the writes in one transaction: the same file imported twice at once
  // waits for the first import, then finds everyone in it enrolled.
  return immediateTransaction(db, async (trx) => {
    const checked = await withoutDuplicates(trx, parsed, options);
    const canWrite = writable(checked);
    if (canWrite) await writeHouseholds(trx, checked, options);
    return toReport(checked, canWrite);
  });
}

/**
 * The enrolment form's duplicate rule for imported rows: a person with the same or a similar name and the
 * same date of birth in an active household is a problem on that row (reason `duplicate-person`), and
 * their household is not imported — a social worker enrols it from the screen, where the warning can be
 * answered.
 */
async function withoutDuplicates(
  db: Kysely<DB>,
  parsed: HouseholdImportReport,
  options: Pick<ImportOptions, 'today' | 'expiringDays'>,
): Promise<HouseholdImportReport> {
  const people = parsed.households.flatMap((h) => [h.referencePerson, ...h.members]);
  const found = await findDuplicatePeople(
    db,
    people.map((p) => ({
      formIndex: p.line,
      firstName: p.firstName,
      lastName: p.lastName,
      dateOfBirth: p.dateOfBirth,
    })),
    options.today,
    options.expiringDays ?? defaultExpiringWithinDays,
  );
  if (found.length === 0) return parsed;
  const lines = new Set(found.map((d) => d.formIndex));
  const rejected = parsed.households.filter((h) => [h.referencePerson, ...h.members].some((p) => lines.has(p.line)));
  const problems: HouseholdRowProblem[] = [...lines].map((line) => ({
    line,
    reason: 'duplicate-person',
    householdKey: rejected.find((h) => h.lines.includes(line))?.key ?? '',
  }));
  return {
    ...parsed,
    households: parsed.households.filter((h) => !rejected.includes(h)),
    problems: [...parsed.problems, ...problems].sort((a, b) => a.line - b.line),
  };
}

/** Runs in the caller's transaction. */
async function writeHouseholds(trx: Kysely<DB>, parsed: HouseholdImportReport, options: ImportOptions): Promise<void> {
  const at = options.now.toISOString();
  for (const household of parsed.households) {
    const people = [
      { ...household.referencePerson, isReference: 1 },
      ...household.members.map((m) => ({ ...m, isReference: 0 })),
    ];
    const { id: householdId } = await trx
      .insertInto('households')
      .values({
        postal_code: household.postalCode,
        municipality: household.municipality,
        language: household.referencePerson.language,
        phone: household.referencePerson.phone,
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
    await trx
      .insertInto('enrolments')
      .values({
        household_id: householdId,
        valid_from: household.validFrom,
        valid_until: household.validUntil,
        organisation_id: household.organisation ? await organisationForKind(trx, household.organisation) : null,
        kind: 'new',
        created_by: options.userId,
        created_at: at,
      })
      .execute();
    await issueCard(trx, householdId, options.cardPrefix, at);
  }
  await audit(trx, {
    at: options.now,
    userId: options.userId,
    action: 'household.import',
    details: { households: parsed.households.length, rowsRejected: parsed.problems.length },
  });
}

function toReport(parsed: HouseholdImportReport, written: boolean): ImportReport {
  return {
    written,
    households: parsed.households.length,
    people: parsed.households.reduce((sum, h) => sum + 1 + h.members.length, 0),
    rows: parsed.rowCount,
    problems: parsed.problems.map((p) => ({ line: p.line, reason: p.reason, column: p.column ?? null })),
    fileProblems: parsed.fileProblems.map((p) => ({ reason: p.reason, column: 'column' in p ? p.column : null })),
    preview: parsed.households.slice(0, 50).map((h) => ({
      key: h.key,
      firstName: h.referencePerson.firstName,
      lastName: h.referencePerson.lastName,
      people: 1 + h.members.length,
      municipality: h.municipality,
    })),
  };
}
