// CSV in long form: section;figure;breakdown;value. Belgian Excel style by default (UTF-8 BOM, ';',
// decimal comma) so a double-click opens it right; RFC 4180 (',' and '.') for other tools.
// Money is written in euros (the figure key says Eur instead of Cents); ids and labels only, no names.
// The keys stay the same in every language, for programs; the last column says in words, in the
// chosen language, what each row counts, for the coordinator who opens it in Excel.
import type { Language } from '../../contract/money';
import { dataLabel, type FigureRow } from '../../domain/report-figures';
import { breakdownLabel, figureLabel, sectionLabels } from './labels';

export type CsvStyle = 'excel-be' | 'rfc4180';

export function exportValue(row: Pick<FigureRow, 'unit' | 'value'>): number {
  return row.unit === 'cents' ? row.value / 100 : row.value;
}

export function exportFigureKey(figure: string): string {
  return figure.endsWith('Cents') ? `${figure.slice(0, -5)}Eur` : figure;
}

function formatNumber(value: number, unit: FigureRow['unit'], style: CsvStyle): string {
  const text = unit === 'cents' ? value.toFixed(2) : String(value);
  return style === 'excel-be' ? text.replace('.', ',') : text;
}

function quote(field: string, separator: string): string {
  return field.includes(separator) || field.includes('"') || /[\r\n]/.test(field)
    ? `"${field.replaceAll('"', '""')}"`
    : field;
}

export function reportCsv(rows: readonly FigureRow[], style: CsvStyle = 'excel-be', lang: Language = 'nl'): string {
  const sep = style === 'excel-be' ? ';' : ',';
  const lines = [['section', 'figure', 'breakdown', 'value', 'label'].join(sep)];
  for (const row of rows) {
    const kind = row.breakdown ? row.breakdown.slice(0, row.breakdown.indexOf(':')) : '';
    const breakdown = row.breakdown ? `${kind}:${dataLabel(row)}` : '';
    lines.push(
      [
        row.section,
        exportFigureKey(row.figure),
        breakdown,
        formatNumber(exportValue(row), row.unit, style),
        [
          sectionLabels[row.section][lang],
          figureLabel(row.figure, lang),
          breakdownLabel(row.breakdown, row.label, lang),
        ]
          .filter(Boolean)
          .join(' · '),
      ]
        .map((f) => quote(f, sep))
        .join(sep),
    );
  }
  const body = `${lines.join('\r\n')}\r\n`;
  return style === 'excel-be' ? `\uFEFF${body}` : body;
}
