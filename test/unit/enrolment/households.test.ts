import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHouseholdBytes, parseHouseholdCsv } from '../../../main/domain/household-import';
import { validateHouseholdInput } from '../../../main/domain/household-input';
import { lookupPostalCode, municipalities, parsePostalCodes } from '../../../main/domain/postal-codes';

const root = join(__dirname, '../../..');
const parsed = parsePostalCodes(readFileSync(join(root, 'db/data/belgian-postal-codes.csv'), 'utf8'));
const postalCodes = parsed.index;
const today = '2026-11-28';

describe('postal codes', () => {
  it('parses the shipped list and derives municipalities', () => {
    expect(parsed.problems).toEqual([]);
    expect(lookupPostalCode(postalCodes, '1020')).toEqual({
      code: '1020',
      localities: ['Laeken'],
      municipality: 'Bruxelles',
    });
    expect(lookupPostalCode(postalCodes, '2100')?.municipality).toBe('Antwerpen');
    expect(lookupPostalCode(postalCodes, '4000')?.municipality).toBe('Liège');
    expect(lookupPostalCode(postalCodes, '9050')?.municipality).toBe('Gent');
    expect(lookupPostalCode(postalCodes, '6061')?.municipality).toBe('Charleroi');
    expect(lookupPostalCode(postalCodes, 'B-1030')?.municipality).toBe('Schaerbeek');
    expect(lookupPostalCode(postalCodes, '3010')?.localities).toEqual(['Kessel Lo']);
    expect(lookupPostalCode(postalCodes, '0000')).toBeUndefined();
    expect(municipalities(postalCodes)).toContain('Bruxelles');
  });
});

const header =
  'household;role;first name;last name;date of birth;postal code;language;phone;valid from;valid until;referring organisation';

describe('household import', () => {
  it('reads a Windows-1252 file with Dutch headers', () => {
    const bytes = new Uint8Array(readFileSync(join(root, 'test/fixtures/csv/households-windows-1252.csv')));
    const report = parseHouseholdBytes(bytes, { today, postalCodes });
    expect(report.encoding).toBe('windows-1252');
    expect(report.problems).toEqual([]);
    expect(report.households).toEqual([
      {
        key: 'H1',
        lines: [2, 3],
        referencePerson: {
          line: 2,
          firstName: 'Zoë',
          lastName: 'Dupont',
          dateOfBirth: '1980-03-12',
          language: 'nl',
          phone: '0470123456',
        },
        members: [{ line: 3, firstName: 'Léa', lastName: 'Dupont', dateOfBirth: '2015-05-01' }],
        postalCode: '1020',
        municipality: 'Bruxelles',
        validFrom: '2026-01-01',
        validUntil: '2026-06-30',
        organisation: 'ocmw-cpas',
      },
    ]);
  });

  it('names every kind of bad row', () => {
    const text = [
      'ménage,rôle,prénom,nom,date de naissance,code postal,langue,téléphone,valable du,valable au,organisme',
      'A,personne de référence,Jean,Dupont,31/02/1980,1000,fr,,01/01/2026,31/12/2025,CPAS',
      'B,membre,Jean,Dupont,01/01/1980,1000,fr,,01/01/2026,30/06/2026,CPAS',
      'C,référence,Jean,Dupont,01/01/2030,9999,xx,12,01/01/2026,30/06/2026,police',
      'D,chef,,,01/01/1900,1000,fr,,,,',
      'E,référence,A,B,01/01/1980,1000,fr,,01/01/2026,30/06/2026,CAW',
      'E,référence,C,D,01/01/1981,1000,fr,,01/01/2026,30/06/2026,CAW',
      'F,référence,A,B,01/01/1980,1000,fr,,01/01/2026,30/06/2026,CAW',
      'F,membre,C,B,01/01/2010,1030,,,,,',
      ',membre,C,B,01/01/2010,,,,,,',
    ].join('\n');
    const report = parseHouseholdCsv(text, { today, postalCodes });
    expect(report.delimiter).toBe(',');
    expect(report.households).toEqual([]);
    expect(report.problems.map((p) => [p.line, p.reason])).toEqual([
      [2, 'bad-date-of-birth'],
      [2, 'until-before-from'],
      [3, 'no-reference-person'],
      [4, 'future-date-of-birth'],
      [4, 'unknown-postal-code'],
      [4, 'unknown-language'],
      [4, 'bad-phone'],
      [4, 'unknown-organisation'],
      [5, 'unknown-role'],
      [5, 'missing-first-name'],
      [5, 'missing-last-name'],
      [5, 'too-old'],
      [5, 'no-reference-person'],
      [7, 'several-reference-persons'],
      [9, 'conflicting-household-field'],
      [10, 'missing-household-key'],
    ]);
  });

  it('reports missing columns', () => {
    expect(parseHouseholdCsv('voornaam;naam\nA;B', { today, postalCodes }).fileProblems.map((p) => p.reason)).toEqual([
      'missing-column',
      'missing-column',
      'missing-column',
    ]);
    expect(parseHouseholdCsv(`${header}\n`, { today, postalCodes }).households).toEqual([]);
  });
});

describe('household form', () => {
  const input = {
    referencePerson: {
      firstName: 'Marie',
      lastName: 'Dupont',
      dateOfBirth: '12/03/1980',
      language: 'fr',
      phone: '02 123 45 67',
    },
    members: [{ firstName: 'Léa', dateOfBirth: '2015-05-01' }],
    postalCode: '1020',
    enrolment: { validFrom: '2026-01-01', validUntil: '2026-06-30', referringOrganisation: 'ocmw-cpas' },
  };
  it('accepts a valid household and normalises dates', () => {
    const result = validateHouseholdInput(input, { today, postalCodes });
    expect(result).toMatchObject({
      ok: true,
      municipality: 'Bruxelles',
      value: { referencePerson: { dateOfBirth: '1980-03-12', phone: '021234567' } },
    });
  });
  it('returns field-level codes', () => {
    const bad = {
      ...input,
      referencePerson: { ...input.referencePerson, dateOfBirth: '2027-01-01', phone: 'abc' },
      members: [{ firstName: '', dateOfBirth: '30/02/2020' }],
      postalCode: '1234',
      enrolment: { ...input.enrolment, validUntil: '2025-12-31' },
    };
    const result = validateHouseholdInput(bad, { today, postalCodes });
    expect(result.ok ? [] : result.errors).toEqual([
      { path: 'referencePerson.dateOfBirth', code: 'future-date' },
      { path: 'referencePerson.phone', code: 'bad-phone' },
      { path: 'members.0.firstName', code: 'required' },
      { path: 'members.0.dateOfBirth', code: 'bad-date' },
      { path: 'postalCode', code: 'unknown-postal-code' },
      { path: 'enrolment.validUntil', code: 'until-before-from' },
    ]);
    const shape = validateHouseholdInput(
      { ...input, enrolment: { ...input.enrolment, referringOrganisation: 'x' } },
      { today, postalCodes },
    );
    expect(shape.ok ? [] : shape.errors).toEqual([{ path: 'enrolment.referringOrganisation', code: 'invalid' }]);
  });
});
