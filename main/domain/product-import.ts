// Product spreadsheets (issue 3): header aliases, row → product, row report, and export that imports back.
// Pure: bytes or text in, decisions as data out. The database layer decides what to write.

import { checkBarcode } from '../contract/barcode';
import {
  type CsvDelimiter,
  type CsvDialect,
  cellOf,
  decodeSpreadsheetBytes,
  formatCentsDecimal,
  type HeaderAliases,
  isBlankRecord,
  matchHeaders,
  type ProductUnit,
  parseCsv,
  parseDecimalToCents,
  parseUnit,
  parseVatRate,
  parseYesNo,
  type TextEncodingName,
  type VatRate,
  writeCsv,
} from './csv';

export type ProductColumn =
  | 'barcode'
  | 'nameNl'
  | 'nameFr'
  | 'category'
  | 'unit'
  | 'socialPrice'
  | 'referencePrice'
  | 'vat'
  | 'inBudget';

/** Matched after normaliseHeader (case, accents, `_-.` ignored). The first alias is what export writes. */
export const productHeaderAliases = {
  barcode: ['streepjescode', 'barcode', 'code-barres', 'code barre', 'ean', 'ean13', 'code', 'gtin'],
  nameNl: ['naam', 'naam nl', 'nederlandse naam', 'dutch name', 'name nl', 'nom neerlandais', 'nom nl'],
  nameFr: ['franse naam', 'naam fr', 'nom', 'nom francais', 'nom fr', 'french name', 'name fr'],
  category: ['categorie', 'category', 'catégorie', 'rubriek'],
  unit: ['eenheid', 'unité', 'unit'],
  socialPrice: ['sociale prijs', 'prix social', 'social price', 'prijs', 'prix'],
  referencePrice: ['referentieprijs', 'prix de référence', 'reference price', 'prix reference', 'winkelprijs'],
  vat: ['btw', 'tva', 'vat', 'btw %', 'tva %', 'vat rate', 'taux tva', 'btw tarief'],
  inBudget: ['in budget', 'dans le budget', 'budget', 'telt mee voor budget'],
} as const satisfies HeaderAliases<ProductColumn>;

const requiredProductColumns = ['barcode', 'socialPrice', 'referencePrice', 'vat'] as const satisfies ProductColumn[];

export interface ImportedProduct {
  readonly line: number;
  /** GS1 code, normalised: UPC-A stored as EAN-13 (leading 0). Exactly one of barcode/storeCode is set. */
  readonly barcode: string | null;
  /** A shop's own short code (1–6 digits, or letters and digits): not a GS1 code, never check-digit tested. */
  readonly storeCode: string | null;
  readonly nameNl: string;
  readonly nameFr: string;
  readonly category: string | null;
  readonly unit: ProductUnit;
  readonly socialPriceCents: number;
  readonly referencePriceCents: number;
  readonly vatRate: VatRate;
  readonly inBudget: boolean;
}

export type ProductRowReason =
  | 'missing-barcode'
  | 'bad-barcode'
  | 'bad-check-digit'
  | 'missing-name'
  | 'bad-price'
  | 'unknown-vat'
  | 'unknown-unit'
  | 'unknown-in-budget'
  | 'duplicate-barcode';

export interface ProductRowProblem {
  readonly line: number;
  readonly reason: ProductRowReason;
  readonly column: ProductColumn;
  /** The cell as typed, for the message ("line 7: 'abc' is not a price"). */
  readonly value: string;
  /** bad-price: 'negative' | 'empty' | 'unreadable' | 'too-many-decimals'. duplicate-barcode: first line. */
  readonly detail?: string;
  readonly firstLine?: number;
}

export type ProductFileProblem =
  | { readonly reason: 'empty-file' }
  | { readonly reason: 'missing-column'; readonly column: ProductColumn | 'name' };

export interface ProductImportReport {
  readonly encoding: TextEncodingName | null;
  readonly delimiter: CsvDelimiter;
  /** Rows with no problem, in file order. */
  readonly products: readonly ImportedProduct[];
  /** Every problem of every bad row; a row may have several. */
  readonly problems: readonly ProductRowProblem[];
  /** When set, no row was read at all: the file cannot be imported as it is. */
  readonly fileProblems: readonly ProductFileProblem[];
  readonly ignoredHeaders: readonly string[];
  readonly rowCount: number;
}

export function parseProductBytes(bytes: Uint8Array): ProductImportReport {
  const decoded = decodeSpreadsheetBytes(bytes);
  return { ...parseProductCsv(decoded.text), encoding: decoded.encoding };
}

export function parseProductCsv(text: string): ProductImportReport {
  const csv = parseCsv(text);
  const base = {
    encoding: null,
    delimiter: csv.delimiter,
    products: [],
    problems: [],
    ignoredHeaders: [],
    rowCount: 0,
  };
  if (!csv.header) return { ...base, fileProblems: [{ reason: 'empty-file' }] };
  const match = matchHeaders<ProductColumn>(csv.header.fields, productHeaderAliases, requiredProductColumns);
  const fileProblems: ProductFileProblem[] = match.missing.map((column) => ({ reason: 'missing-column', column }));
  if (match.indexOf.nameNl === undefined && match.indexOf.nameFr === undefined) {
    fileProblems.push({ reason: 'missing-column', column: 'name' });
  }
  if (fileProblems.length > 0) return { ...base, fileProblems, ignoredHeaders: match.unknown };

  const products: ImportedProduct[] = [];
  const problems: ProductRowProblem[] = [];
  const firstLineOfCode = new Map<string, number>();
  let rowCount = 0;
  for (const record of csv.rows) {
    if (isBlankRecord(record.fields)) continue;
    rowCount++;
    const cell = (column: ProductColumn): string => cellOf(record.fields, match.indexOf, column);
    const result = parseProductRow(record.line, cell);
    const rowProblems = [...result.problems];
    const code = result.barcode ?? result.storeCode;
    if (code !== null) {
      const firstLine = firstLineOfCode.get(code);
      if (firstLine === undefined) firstLineOfCode.set(code, record.line);
      else {
        rowProblems.push({
          line: record.line,
          reason: 'duplicate-barcode',
          column: 'barcode',
          value: cell('barcode'),
          firstLine,
        });
      }
    }
    if (rowProblems.length > 0) problems.push(...rowProblems);
    else if (result.product) products.push(result.product);
  }
  return { ...base, products, problems, fileProblems: [], ignoredHeaders: match.unknown, rowCount };
}

type CodeReading =
  | { kind: 'barcode'; code: string }
  | { kind: 'store'; code: string }
  | { kind: 'problem'; reason: 'missing-barcode' | 'bad-barcode' | 'bad-check-digit' };

/**
 * GS1 lengths (8, 12, 13 digits) must carry a right check digit, whatever their prefix (20–29 included).
 * 7–14 digits of any other length are refused rather than taken as a store code: they are usually a
 * barcode Excel damaged (leading zeros dropped, or `5.41E+12`), and guessing would create a wrong product.
 */
export function readProductCode(raw: string): CodeReading {
  const value = raw.replace(/\s/g, '');
  if (value === '') return { kind: 'problem', reason: 'missing-barcode' };
  if (/^\d+$/.test(value)) {
    if (value.length <= 6) return { kind: 'store', code: value };
    const check = checkBarcode(value);
    if (check.ok) return { kind: 'barcode', code: check.code };
    return { kind: 'problem', reason: check.reason === 'bad-check-digit' ? 'bad-check-digit' : 'bad-barcode' };
  }
  if (/^[A-Za-z0-9-]{1,20}$/.test(value) && /[A-Za-z]/.test(value)) return { kind: 'store', code: value.toUpperCase() };
  return { kind: 'problem', reason: 'bad-barcode' };
}

interface RowResult {
  readonly product: ImportedProduct | undefined;
  readonly barcode: string | null;
  readonly storeCode: string | null;
  readonly problems: readonly ProductRowProblem[];
}

function parseProductRow(line: number, cell: (column: ProductColumn) => string): RowResult {
  const problems: ProductRowProblem[] = [];
  const problem = (reason: ProductRowReason, column: ProductColumn, detail?: string): void => {
    problems.push(
      detail === undefined
        ? { line, reason, column, value: cell(column) }
        : { line, reason, column, value: cell(column), detail },
    );
  };
  const code = readProductCode(cell('barcode'));
  if (code.kind === 'problem') problem(code.reason, 'barcode');
  // One name may be missing: the other stands in, so a Dutch-only list still imports.
  const nameNl = cell('nameNl') || cell('nameFr');
  const nameFr = cell('nameFr') || cell('nameNl');
  if (nameNl === '') problem('missing-name', cell('nameNl') === '' ? 'nameNl' : 'nameFr');
  const price = (column: 'socialPrice' | 'referencePrice'): number => {
    const parsed = parseDecimalToCents(cell(column));
    if (!parsed.ok) problem('bad-price', column, parsed.reason);
    else if (parsed.cents < 0) problem('bad-price', column, 'negative');
    return parsed.ok ? parsed.cents : 0;
  };
  const socialPriceCents = price('socialPrice');
  const referencePriceCents = price('referencePrice');
  const vatRate = parseVatRate(cell('vat'));
  if (vatRate === undefined) problem('unknown-vat', 'vat');
  // Empty unit means piece and empty in-budget means yes: the common case need not be typed.
  const unit = cell('unit') === '' ? 'piece' : parseUnit(cell('unit'));
  if (unit === undefined) problem('unknown-unit', 'unit');
  const inBudget = cell('inBudget') === '' ? true : parseYesNo(cell('inBudget'));
  if (inBudget === undefined) problem('unknown-in-budget', 'inBudget');
  const barcode = code.kind === 'barcode' ? code.code : null;
  const storeCode = code.kind === 'store' ? code.code : null;
  const complete = problems.length === 0 && vatRate !== undefined && unit !== undefined && inBudget !== undefined;
  const category = cell('category') === '' ? null : cell('category');
  const product = complete
    ? {
        line,
        barcode,
        storeCode,
        nameNl,
        nameFr,
        category,
        unit,
        socialPriceCents,
        referencePriceCents,
        vatRate,
        inBudget,
      }
    : undefined;
  return { product, barcode, storeCode, problems };
}

export type ExportableProduct = Omit<ImportedProduct, 'line'>;

/** Dutch headers (the first alias of each column); `belgian-excel` by default, as Belgian Excel opens it. */
export function exportProductsCsv(
  products: readonly ExportableProduct[],
  dialect: CsvDialect = 'belgian-excel',
): string {
  const decimal = dialect === 'belgian-excel' ? ',' : '.';
  const header = productColumnsInOrder.map((column) => productHeaderAliases[column][0]);
  const rows = products.map((product) => [
    product.barcode ?? product.storeCode ?? '',
    product.nameNl,
    product.nameFr,
    product.category ?? '',
    product.unit === 'kg' ? 'kg' : 'stuk',
    formatCentsDecimal(product.socialPriceCents, decimal),
    formatCentsDecimal(product.referencePriceCents, decimal),
    String(product.vatRate),
    product.inBudget ? 'ja' : 'nee',
  ]);
  return writeCsv([header, ...rows], dialect);
}

const productColumnsInOrder = [
  'barcode',
  'nameNl',
  'nameFr',
  'category',
  'unit',
  'socialPrice',
  'referencePrice',
  'vat',
  'inBudget',
] as const satisfies ProductColumn[];
