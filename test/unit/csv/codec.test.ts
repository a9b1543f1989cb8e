import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeSpreadsheetBytes,
  detectDelimiter,
  formatCentsDecimal,
  matchHeaders,
  parseCsv,
  parseDateCell,
  parseDecimalToCents,
  parseUnit,
  parseVatRate,
  parseYesNo,
  writeCsv,
} from '../../../main/domain/csv';

describe('decodeSpreadsheetBytes', () => {
  it('reads UTF-8 with and without BOM, and Windows-1252', () => {
    const utf8 = new TextEncoder().encode('Crème;ç;ô');
    expect(decodeSpreadsheetBytes(utf8)).toEqual({ text: 'Crème;ç;ô', encoding: 'utf-8' });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    expect(decodeSpreadsheetBytes(bom)).toEqual({ text: 'Crème;ç;ô', encoding: 'utf-8-bom' });
    const cp1252 = new Uint8Array([0x43, 0x72, 0xe8, 0x6d, 0x65, 0x3b, 0xe7, 0x3b, 0xf4, 0x3b, 0xe9, 0x3b, 0x80]);
    expect(decodeSpreadsheetBytes(cp1252)).toEqual({ text: 'Crème;ç;ô;é;€', encoding: 'windows-1252' });
  });
});

describe('parseCsv', () => {
  it('detects ; and , from the header line', () => {
    expect(detectDelimiter('a;b;c\n1,2;3')).toBe(';');
    expect(detectDelimiter('a,b,c\n1;2')).toBe(',');
    expect(detectDelimiter('"a;b",c,d')).toBe(',');
  });
  it('handles quotes, embedded delimiters and newlines, keeping line numbers', () => {
    const text = 'h1;h2\r\n"a;b";"say ""hi"""\r\n"line\r\nbreak";x\r\n\r\nlast;y';
    const parsed = parseCsv(text);
    expect(parsed.header?.fields).toEqual(['h1', 'h2']);
    expect(parsed.rows).toEqual([
      { line: 2, fields: ['a;b', 'say "hi"'] },
      { line: 3, fields: ['line\r\nbreak', 'x'] },
      { line: 6, fields: ['last', 'y'] },
    ]);
  });
  it('strips a BOM left in decoded text', () => {
    expect(parseCsv('\ufeffa;b\n1;2').header?.fields).toEqual(['a', 'b']);
  });
});

describe('parseDecimalToCents', () => {
  it.each([
    ['1,25', 125],
    ['1.25', 125],
    ['€ 1,25', 125],
    ['1,25 €', 125],
    ['1.234,56', 123456],
    ['1,234.56', 123456],
    ['1.234', 123400],
    ['0,5', 50],
    ['12', 1200],
    ['-1,00', -100],
  ])('%s → %i cents', (raw, cents) => {
    expect(parseDecimalToCents(raw)).toEqual({ ok: true, cents });
  });
  it.each([
    ['', 'empty'],
    ['abc', 'unreadable'],
    ['1,2,3', 'unreadable'],
    ['1,255', 'too-many-decimals'],
    ['0.125', 'too-many-decimals'],
  ])('%s fails with %s', (raw, reason) => {
    expect(parseDecimalToCents(raw)).toEqual({ ok: false, reason });
  });
  it('formats back with either separator (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.constantFrom(',' as const, '.' as const), (cents, sep) => {
        expect(parseDecimalToCents(formatCentsDecimal(cents, sep))).toEqual({ ok: true, cents });
      }),
    );
  });
});

describe('values and headers', () => {
  it('reads yes/no, VAT, unit and dates in three languages', () => {
    for (const yes of ['yes', 'JA', 'oui', '1', 'waar', 'Vrai']) expect(parseYesNo(yes)).toBe(true);
    for (const no of ['no', 'nee', 'Non', '0', 'onwaar', 'faux']) expect(parseYesNo(no)).toBe(false);
    expect(parseYesNo('misschien')).toBeUndefined();
    expect(['6', '6%', '6,00', '21 %', '0', '12.0'].map(parseVatRate)).toEqual([6, 6, 6, 21, 0, 12]);
    expect(parseVatRate('7')).toBeUndefined();
    expect(['stuk', 'Pièce', 'piece', 'KG'].map(parseUnit)).toEqual(['piece', 'piece', 'piece', 'kg']);
    expect(parseDateCell('05/03/2020')).toBe('2020-03-05');
    expect(parseDateCell('2020-03-05')).toBe('2020-03-05');
    expect(parseDateCell('31/02/2020')).toBeUndefined();
  });
  it('matches headers case- and accent-insensitively', () => {
    const match = matchHeaders(['PRIX DE RÉFÉRENCE', 'Extra', 'naam'], { ref: ['prix de reference'], name: ['naam'] }, [
      'ref',
      'name',
    ]);
    expect(match.indexOf).toEqual({ ref: 0, name: 2 });
    expect(match.unknown).toEqual(['Extra']);
    expect(match.missing).toEqual([]);
  });
});

describe('writeCsv', () => {
  it('writes Belgian Excel with BOM, ; and CRLF', () => {
    expect(
      writeCsv(
        [
          ['a', 'b;c'],
          ['1,25', 'x"y'],
        ],
        'belgian-excel',
      ),
    ).toBe('\ufeffa;"b;c"\r\n1,25;"x""y"\r\n');
    expect(writeCsv([['a', '1,25']], 'rfc4180')).toBe('a,"1,25"\r\n');
  });
  it('round-trips any table (property)', () => {
    const cell = fc
      .string({ unit: fc.constantFrom('a', 'é', ';', ',', '"', '\n', '\r\n', ' ', 'x') })
      .map((s) => s.trim());
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        fc.constantFrom('belgian-excel' as const, 'rfc4180' as const),
        (rows, dialect) => {
          const width = rows[0]?.length ?? 0;
          const table = rows.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ''));
          const header = table.map((_, i) => `h${i}`).slice(0, width);
          const parsed = parseCsv(writeCsv([header, ...table], dialect), dialect === 'rfc4180' ? ',' : ';');
          const nonBlank = table.filter((row) => !(row.length === 1 && row[0] === ''));
          expect(parsed.rows.map((row) => row.fields)).toEqual(nonBlank);
        },
      ),
    );
  });
});
