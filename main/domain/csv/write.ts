// Writers: Belgian Excel (UTF-8 with BOM, `;`, decimal comma, CRLF) and RFC 4180 (`,`, decimal point).

export type CsvDialect = 'belgian-excel' | 'rfc4180';

export interface CsvDialectSettings {
  readonly delimiter: ';' | ',';
  readonly decimalSeparator: ',' | '.';
  readonly lineEnding: '\r\n';
  readonly byteOrderMark: boolean;
}

export function dialectSettings(dialect: CsvDialect): CsvDialectSettings {
  switch (dialect) {
    case 'belgian-excel':
      return { delimiter: ';', decimalSeparator: ',', lineEnding: '\r\n', byteOrderMark: true };
    case 'rfc4180':
      return { delimiter: ',', decimalSeparator: '.', lineEnding: '\r\n', byteOrderMark: false };
  }
}

/** Quotes a field only when needed: delimiter, quote, CR/LF, or leading/trailing spaces (trimmed on import). */
export function quoteCsvField(value: string, delimiter: ';' | ','): string {
  const needsQuotes = value.includes(delimiter) || /["\r\n]/.test(value) || value !== value.trim();
  return needsQuotes ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Text with a leading U+FEFF when the dialect wants a BOM; encode it as UTF-8 to get the bytes. */
export function writeCsv(rows: readonly (readonly string[])[], dialect: CsvDialect): string {
  const settings = dialectSettings(dialect);
  const body = rows
    .map((row) => row.map((field) => quoteCsvField(field, settings.delimiter)).join(settings.delimiter))
    .join(settings.lineEnding);
  return `${settings.byteOrderMark ? '\ufeff' : ''}${body}${rows.length > 0 ? settings.lineEnding : ''}`;
}
