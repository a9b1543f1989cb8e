// Household spreadsheets (issue 4 item 8): one row per person, grouped by household key.
// Pure: text or bytes in, a row report and grouped households out; the database layer writes them.

import type { Language } from '../contract/money';
import {
  type CsvDelimiter,
  cellOf,
  decodeSpreadsheetBytes,
  isBlankRecord,
  matchHeaders,
  normaliseHeader,
  parseCsv,
  type TextEncodingName,
} from './csv';
import {
  checkDateOfBirth,
  checkPeriod,
  type HouseholdColumn,
  householdHeaderAliases,
  languageWords,
  normalisePhone,
  organisationWords,
  type ReferringOrganisation,
  roleWords,
} from './household-input';
import { lookupPostalCode, type PostalCodeIndex } from './postal-codes';

export { type HouseholdColumn, householdHeaderAliases } from './household-input';

const requiredHouseholdColumns = [
  'householdKey',
  'role',
  'firstName',
  'lastName',
  'dateOfBirth',
] as const satisfies HouseholdColumn[];

export type HouseholdRowReason =
  | 'missing-household-key'
  | 'unknown-role'
  | 'missing-first-name'
  | 'missing-last-name'
  | 'bad-date-of-birth'
  | 'future-date-of-birth'
  | 'too-old'
  | 'unknown-postal-code'
  | 'missing-postal-code'
  | 'unknown-language'
  | 'bad-phone'
  | 'bad-valid-from'
  | 'bad-valid-until'
  | 'missing-valid-from'
  | 'missing-valid-until'
  | 'until-before-from'
  | 'unknown-organisation'
  | 'no-reference-person'
  | 'several-reference-persons'
  | 'conflicting-household-field'
  /** Added by the import service: the same person is already in an active household. */
  | 'duplicate-person';

export interface HouseholdRowProblem {
  readonly line: number;
  readonly reason: HouseholdRowReason;
  readonly column?: HouseholdColumn;
  readonly value?: string;
  readonly householdKey?: string;
}

export interface ImportedPerson {
  readonly line: number;
  readonly firstName: string;
  readonly lastName: string;
  readonly dateOfBirth: string;
}

export interface ImportedHousehold {
  readonly key: string;
  readonly lines: readonly number[];
  readonly referencePerson: ImportedPerson & { readonly language: Language; readonly phone: string | null };
  readonly members: readonly ImportedPerson[];
  readonly postalCode: string;
  readonly municipality: string;
  readonly validFrom: string;
  readonly validUntil: string;
  readonly organisation: ReferringOrganisation | null;
}

export type HouseholdFileProblem =
  | { readonly reason: 'empty-file' }
  | { readonly reason: 'missing-column'; readonly column: HouseholdColumn };

export interface HouseholdImportReport {
  readonly encoding: TextEncodingName | null;
  readonly delimiter: CsvDelimiter;
  /** Only households where every row is valid; a bad row rejects its whole household. */
  readonly households: readonly ImportedHousehold[];
  readonly problems: readonly HouseholdRowProblem[];
  readonly fileProblems: readonly HouseholdFileProblem[];
  readonly ignoredHeaders: readonly string[];
  readonly rowCount: number;
}

export interface HouseholdImportContext {
  readonly today: string;
  readonly postalCodes: PostalCodeIndex;
  /** Default language when the column is absent or empty. */
  readonly defaultLanguage?: Language;
}

interface RowDraft {
  readonly line: number;
  readonly role: 'reference' | 'member' | undefined;
  readonly person: ImportedPerson | undefined;
  readonly cells: (column: HouseholdColumn) => string;
}

export function parseHouseholdBytes(bytes: Uint8Array, context: HouseholdImportContext): HouseholdImportReport {
  const decoded = decodeSpreadsheetBytes(bytes);
  return { ...parseHouseholdCsv(decoded.text, context), encoding: decoded.encoding };
}

export function parseHouseholdCsv(text: string, context: HouseholdImportContext): HouseholdImportReport {
  const csv = parseCsv(text);
  const base = {
    encoding: null,
    delimiter: csv.delimiter,
    households: [],
    problems: [],
    ignoredHeaders: [],
    rowCount: 0,
  };
  if (!csv.header) return { ...base, fileProblems: [{ reason: 'empty-file' }] };
  const match = matchHeaders<HouseholdColumn>(csv.header.fields, householdHeaderAliases, requiredHouseholdColumns);
  if (match.missing.length > 0) {
    const fileProblems = match.missing.map((column) => ({ reason: 'missing-column', column }) as const);
    return { ...base, fileProblems, ignoredHeaders: match.unknown };
  }
  const problems: HouseholdRowProblem[] = [];
  const groups = new Map<string, RowDraft[]>();
  let rowCount = 0;
  for (const record of csv.rows) {
    if (isBlankRecord(record.fields)) continue;
    rowCount++;
    const cells = (column: HouseholdColumn): string => cellOf(record.fields, match.indexOf, column);
    const line = record.line;
    const report = (reason: HouseholdRowReason, column: HouseholdColumn): void => {
      problems.push({ line, reason, column, value: cells(column), householdKey: cells('householdKey') });
    };
    const key = cells('householdKey');
    if (key === '') report('missing-household-key', 'householdKey');
    const role = roleWords[normaliseHeader(cells('role'))];
    if (role === undefined) report('unknown-role', 'role');
    if (cells('firstName') === '') report('missing-first-name', 'firstName');
    if (cells('lastName') === '') report('missing-last-name', 'lastName');
    const birth = checkDateOfBirth(cells('dateOfBirth'), context.today);
    if (!birth.ok) {
      const reason =
        birth.code === 'future-date'
          ? 'future-date-of-birth'
          : birth.code === 'too-old'
            ? 'too-old'
            : 'bad-date-of-birth';
      report(reason, 'dateOfBirth');
    }
    const person = birth.ok
      ? { line, firstName: cells('firstName'), lastName: cells('lastName'), dateOfBirth: birth.date }
      : undefined;
    if (key !== '') groups.set(key, [...(groups.get(key) ?? []), { line, role, person, cells }]);
  }
  const households: ImportedHousehold[] = [];
  for (const [key, rows] of groups) {
    const household = buildHousehold(key, rows, context, problems);
    if (household && !rows.some((row) => problems.some((problem) => problem.line === row.line)))
      households.push(household);
  }
  problems.sort((a, b) => a.line - b.line);
  return { ...base, households, problems, fileProblems: [], ignoredHeaders: match.unknown, rowCount };
}

/** Household-level fields come from the reference person's row; other rows may repeat them but not contradict. */
function buildHousehold(
  key: string,
  rows: readonly RowDraft[],
  context: HouseholdImportContext,
  problems: HouseholdRowProblem[],
): ImportedHousehold | undefined {
  const references = rows.filter((row) => row.role === 'reference');
  const firstLine = rows[0]?.line ?? 0;
  if (references.length === 0) {
    problems.push({ line: firstLine, reason: 'no-reference-person', householdKey: key });
    return undefined;
  }
  if (references.length > 1) {
    for (const row of references.slice(1))
      problems.push({ line: row.line, reason: 'several-reference-persons', householdKey: key });
    return undefined;
  }
  const reference = references[0];
  if (!reference) return undefined;
  const cell = reference.cells;
  const report = (reason: HouseholdRowReason, column: HouseholdColumn, line = reference.line): void => {
    problems.push({ line, reason, column, value: cell(column), householdKey: key });
  };
  for (const row of rows) {
    for (const column of ['postalCode', 'validFrom', 'validUntil', 'organisation'] as const) {
      const value = row.cells(column);
      if (row !== reference && value !== '' && normaliseHeader(value) !== normaliseHeader(cell(column))) {
        problems.push({ line: row.line, reason: 'conflicting-household-field', column, value, householdKey: key });
      }
    }
  }
  const entry = lookupPostalCode(context.postalCodes, cell('postalCode'));
  if (!entry) report(cell('postalCode') === '' ? 'missing-postal-code' : 'unknown-postal-code', 'postalCode');
  const language =
    cell('language') === '' ? (context.defaultLanguage ?? 'nl') : languageWords[normaliseHeader(cell('language'))];
  if (language === undefined) report('unknown-language', 'language');
  const phone = cell('phone') === '' ? null : (normalisePhone(cell('phone')) ?? undefined);
  if (phone === undefined) report('bad-phone', 'phone');
  const period = checkPeriod(cell('validFrom'), cell('validUntil'));
  if (!period.ok) {
    for (const error of period.errors) {
      const reason: HouseholdRowReason =
        error.code === 'until-before-from'
          ? 'until-before-from'
          : error.code === 'required'
            ? error.field === 'validFrom'
              ? 'missing-valid-from'
              : 'missing-valid-until'
            : error.field === 'validFrom'
              ? 'bad-valid-from'
              : 'bad-valid-until';
      report(reason, error.field);
    }
  }
  const organisation = cell('organisation') === '' ? null : organisationWords[normaliseHeader(cell('organisation'))];
  if (organisation === undefined) report('unknown-organisation', 'organisation');
  if (!entry || !language || phone === undefined || !period.ok || organisation === undefined || !reference.person)
    return undefined;
  const members = rows.filter((row) => row !== reference).map((row) => row.person);
  if (members.some((member) => member === undefined)) return undefined;
  return {
    key,
    lines: rows.map((row) => row.line),
    referencePerson: { ...reference.person, language, phone },
    members: members.filter((member): member is ImportedPerson => member !== undefined),
    postalCode: entry.code,
    municipality: entry.municipality,
    validFrom: period.validFrom,
    validUntil: period.validUntil,
    organisation,
  };
}
