// XLSX: one sheet per section, headers in the chosen language, numbers stored as numbers (money in
// euros with a number format, so Excel sums them). No names, addresses or card numbers: only labels.
import ExcelJS from 'exceljs';
import type { Language } from '../../contract/money';
import { type FigureRow, reportSections } from '../../domain/report-figures';
import { exportValue } from './export-csv';
import { breakdownLabel, figureLabel, headerLabels, sectionLabels } from './labels';
import type { MonthlyReport } from './monthly';

const formats: Record<FigureRow['unit'], string> = {
  count: '0',
  cents: '#,##0.00',
  ratio: '0.0%',
  hours: '0.00',
};

export async function reportXlsx(report: MonthlyReport, lang: Language): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'till';
  for (const section of reportSections) {
    // Sheet names are at most 31 characters and may not contain some punctuation.
    const sheet = book.addWorksheet(sectionLabels[section][lang].slice(0, 31).replace(/[\\/?*[\]:]/g, ' '));
    sheet.columns = [
      { header: headerLabels.figure[lang], key: 'figure', width: 44 },
      { header: headerLabels.breakdown[lang], key: 'breakdown', width: 44 },
      { header: headerLabels.value[lang], key: 'value', width: 16 },
    ];
    sheet.getRow(1).font = { bold: true };
    for (const row of report.rows) {
      if (row.section !== section) continue;
      const added = sheet.addRow({
        figure: figureLabel(row.figure, lang),
        breakdown: breakdownLabel(row.breakdown, row.label, lang),
        value: exportValue(row),
      });
      added.getCell('value').numFmt = formats[row.unit];
    }
  }
  const meta = book.addWorksheet('info');
  meta.addRow([headerLabels.month[lang], report.month]);
  meta.addRow([headerLabels.timeZone[lang], report.timeZone]);
  meta.addRow(['UTC', `${report.startUtc} – ${report.endUtc}`]);
  return Buffer.from(await book.xlsx.writeBuffer());
}
