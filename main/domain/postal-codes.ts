// Belgian postal codes → localities and municipality (reports count by municipality).
// Data: db/data/belgian-postal-codes.csv (bpost's list; no header; code, locality, lon, lat). A small
// loader elsewhere reads the file and passes its text here, so this module stays pure.

import { parseCsvRecords } from './csv/parse';

export interface PostalCodeEntry {
  readonly code: string;
  /** Sub-municipalities served by this code, in file order, without duplicates. */
  readonly localities: readonly string[];
  readonly municipality: string;
}

/**
 * Codes whose municipality is not the first locality listed. The file lists the localities of a code
 * alphabetically (4000: Glain, Liège, Rocourt), and the merged cities spread over many codes whose
 * localities are former municipalities (2100 Deurne is Antwerp). Sources: the municipal mergers of
 * 1977 (Royal Decree of 17 September 1975) and 1983 (Antwerp), as reflected in bpost's list.
 * Brussels localities carry French names only in the data, so the City of Brussels is 'Bruxelles'.
 */
const mergedCities: Readonly<Record<string, readonly number[]>> = {
  Bruxelles: [1000, 1020, 1120, 1130],
  Antwerpen: [2000, 2018, 2020, 2030, 2040, 2050, 2060, 2100, 2140, 2170, 2180, 2600, 2610, 2660],
  Gent: [9000, 9030, 9031, 9032, 9040, 9041, 9042, 9050, 9051, 9052],
  Liège: [4000, 4020, 4030, 4031, 4032],
  Charleroi: [6000, 6001, 6010, 6020, 6030, 6031, 6032, 6040, 6041, 6042, 6043, 6044, 6060, 6061],
  Namur: [5000, 5001, 5002, 5003, 5004, 5020, 5021, 5022, 5024, 5100, 5101],
  Brugge: [8000, 8200, 8310, 8380],
  Leuven: [3000, 3001, 3010, 3012, 3018],
  Mons: [7000, 7010, 7011, 7012, 7020, 7021, 7022, 7024, 7030, 7031, 7032, 7033, 7034],
  Kortrijk: [8500, 8501, 8510, 8511],
  Mechelen: [2800, 2801, 2811, 2812],
  Aalst: [9300, 9308, 9310, 9320],
  Hasselt: [3500, 3501, 3510, 3511, 3512],
};

const municipalityOfCode: ReadonlyMap<string, string> = new Map(
  Object.entries(mergedCities).flatMap(([municipality, codes]) =>
    codes.map((code) => [String(code), municipality] as const),
  ),
);

export interface PostalCodeIndex {
  readonly byCode: ReadonlyMap<string, PostalCodeEntry>;
}

export type PostalCodeFileProblem = { readonly line: number; readonly reason: 'bad-code' | 'missing-locality' };

export interface ParsedPostalCodes {
  readonly index: PostalCodeIndex;
  readonly problems: readonly PostalCodeFileProblem[];
}

/** Parses the shipped CSV text. Lines with a malformed code are reported, not guessed. */
export function parsePostalCodes(csvText: string): ParsedPostalCodes {
  const localitiesByCode = new Map<string, string[]>();
  const problems: PostalCodeFileProblem[] = [];
  for (const record of parseCsvRecords(csvText, ',')) {
    const code = (record.fields[0] ?? '').trim();
    const locality = (record.fields[1] ?? '').trim();
    if (!/^[1-9]\d{3}$/.test(code)) {
      problems.push({ line: record.line, reason: 'bad-code' });
      continue;
    }
    if (locality === '') {
      problems.push({ line: record.line, reason: 'missing-locality' });
      continue;
    }
    const list = localitiesByCode.get(code) ?? [];
    if (!list.includes(locality)) list.push(locality);
    localitiesByCode.set(code, list);
  }
  const byCode = new Map<string, PostalCodeEntry>();
  for (const [code, localities] of localitiesByCode) {
    byCode.set(code, { code, localities, municipality: municipalityFor(code, localities) });
  }
  return { index: { byCode }, problems };
}

function municipalityFor(code: string, localities: readonly string[]): string {
  return municipalityOfCode.get(code) ?? localities[0] ?? code;
}

/** Accepts `1000`, ` 1000 `, `B-1000`, `B1000`. Undefined when unknown. */
export function lookupPostalCode(index: PostalCodeIndex, raw: string): PostalCodeEntry | undefined {
  const code = raw.trim().replace(/^B-?/i, '');
  return index.byCode.get(code);
}

/** Sorted distinct municipalities, for the report's grouping and a filter list. */
export function municipalities(index: PostalCodeIndex): string[] {
  return [...new Set([...index.byCode.values()].map((entry) => entry.municipality))].sort((a, b) =>
    a.localeCompare(b, 'fr'),
  );
}
