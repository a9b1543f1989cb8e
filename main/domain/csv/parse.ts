// RFC 4180 parsing with delimiter detection and line numbers as the user sees them in a text editor.

export type CsvDelimiter = ';' | ',';

export interface CsvRecord {
  /** 1-based line on which the record starts (the header is line 1). */
  readonly line: number;
  readonly fields: readonly string[];
}

export interface ParsedCsv {
  readonly delimiter: CsvDelimiter;
  readonly header: CsvRecord | undefined;
  readonly rows: readonly CsvRecord[];
}

/**
 * Counts unquoted `;` and `,` on the first line. Belgian Excel writes `;` (the comma is the decimal
 * separator), so `;` wins ties and is the default for an empty file.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  let semicolons = 0;
  let commas = 0;
  let inQuotes = false;
  for (const ch of text) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) break;
    else if (!inQuotes && ch === ';') semicolons++;
    else if (!inQuotes && ch === ',') commas++;
  }
  return commas > semicolons ? ',' : ';';
}

/** Parses all records; blank lines are skipped but still counted, so line numbers stay right. */
export function parseCsvRecords(text: string, delimiter: CsvDelimiter): CsvRecord[] {
  const records: CsvRecord[] = [];
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let fields: string[] = [];
  let field = '';
  let inQuotes = false;
  let line = 1;
  let recordLine = 1;
  let sawAnything = false;

  const endField = (): void => {
    fields.push(field);
    field = '';
  };
  const endRecord = (): void => {
    endField();
    const blank = fields.length === 1 && fields[0] === '' && !sawAnything;
    if (!blank) records.push({ line: recordLine, fields });
    fields = [];
    sawAnything = false;
  };

  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (inQuotes) {
      if (ch === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (ch === '\n') line++;
        // A CRLF inside a quoted field counts once: the \n above does the counting.
        field += ch;
      }
      continue;
    }
    if (ch === '"') {
      inQuotes = true;
      sawAnything = true;
    } else if (ch === delimiter) {
      sawAnything = true;
      endField();
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && source[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += ch;
    }
  }
  if (field !== '' || fields.length > 0 || sawAnything) endRecord();
  return records;
}

/** Detects the delimiter from the header line, then splits header and data rows. */
export function parseCsv(text: string, delimiter?: CsvDelimiter): ParsedCsv {
  const used = delimiter ?? detectDelimiter(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const records = parseCsvRecords(text, used);
  const [header, ...rows] = records;
  return { delimiter: used, header, rows };
}
