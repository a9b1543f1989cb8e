// The board's PDF: key figures against the previous month and the same month last year, three bar
// charts drawn with pdfkit's vector primitives, then every section as a table. Labels only, no names.
import PDFDocument from 'pdfkit';
import { formatMoney, type Language } from '../../contract/money';
import { type FigureRow, reportSections } from '../../domain/report-figures';
import { breakdownLabel, figureLabel, headerLabels, sectionLabels } from './labels';
import type { MonthlyReport } from './monthly';

const MARGIN = 48;
const WIDTH = 595.28 - 2 * MARGIN;
const BAR = '#2f6f4f';

/** pdfkit's standard fonts are WinAnsi: Intl's narrow no-break spaces (fr) would print as garbage. */
function pdfText(text: string): string {
  return text.replace(/[\u202f\u00a0]/g, ' ');
}

function figureText(row: Pick<FigureRow, 'unit' | 'value'>, lang: Language): string {
  return pdfText(formatFigure(row, lang));
}

export function formatFigure(row: Pick<FigureRow, 'unit' | 'value'>, lang: Language): string {
  const locale = lang === 'fr' ? 'fr-BE' : lang === 'nl' ? 'nl-BE' : 'en-GB';
  switch (row.unit) {
    case 'cents':
      return formatMoney(row.value, lang);
    case 'ratio':
      return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(row.value);
    case 'hours':
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(row.value);
    case 'count':
      return new Intl.NumberFormat(locale).format(row.value);
  }
}

function total(report: MonthlyReport | undefined, section: string, figure: string): FigureRow | undefined {
  return report?.rows.find((r) => r.section === section && r.figure === figure && r.breakdown === '');
}

const keyFigures: readonly [string, string][] = [
  ['households', 'served'],
  ['households', 'persons'],
  ['households', 'visits'],
  ['enrolments', 'activeAtMonthEnd'],
  ['turnover', 'turnoverCents'],
  ['turnover', 'savingCents'],
  ['budget', 'averageShareUsed'],
  ['appointments', 'noShowRate'],
  ['coproduction', 'volunteersActive'],
  ['coproduction', 'hoursWorked'],
];

function barChart(doc: PDFKit.PDFDocument, title: string, rows: FigureRow[], lang: Language): void {
  const top = doc.y;
  doc.font('Helvetica-Bold').fontSize(11).fillColor('black').text(title, MARGIN, top);
  const max = Math.max(1, ...rows.map((r) => r.value));
  const labelWidth = 150;
  const barWidth = WIDTH - labelWidth - 90;
  let y = top + 18;
  doc.font('Helvetica').fontSize(9);
  for (const row of rows) {
    doc.fillColor('black').text(row.label, MARGIN, y + 2, { width: labelWidth - 6, ellipsis: true, lineBreak: false });
    const w = Math.max(1, (row.value / max) * barWidth);
    doc.rect(MARGIN + labelWidth, y, w, 12).fill(BAR);
    doc.fillColor('black').text(figureText(row, lang), MARGIN + labelWidth + w + 4, y + 2, { lineBreak: false });
    y += 16;
  }
  doc.x = MARGIN;
  doc.y = y + 12;
}

export interface PdfComparisons {
  previous?: MonthlyReport;
  lastYear?: MonthlyReport;
}

export function reportPdf(report: MonthlyReport, lang: Language, compare: PdfComparisons = {}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: `${headerLabels.title[lang]} ${report.month}` },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  doc.font('Helvetica-Bold').fontSize(20).text(`${headerLabels.title[lang]} ${report.month}`);
  doc.font('Helvetica').fontSize(9).fillColor('#555').text(`${headerLabels.timeZone[lang]}: ${report.timeZone}`);
  doc.moveDown();
  const cols = [MARGIN, MARGIN + 230, MARGIN + 320, MARGIN + 410];
  doc.font('Helvetica-Bold').fontSize(9).fillColor('black');
  const headY = doc.y;
  doc.text(headerLabels.figure[lang], cols[0], headY);
  doc.text(report.month, cols[1], headY, { width: 85, align: 'right' });
  doc.text(compare.previous?.month ?? '', cols[2], headY, { width: 85, align: 'right' });
  doc.text(compare.lastYear?.month ?? '', cols[3], headY, { width: 85, align: 'right' });
  doc.font('Helvetica');
  let y = headY + 16;
  for (const [section, figure] of keyFigures) {
    const now = total(report, section, figure);
    if (!now) continue;
    const prev = total(compare.previous, section, figure);
    const last = total(compare.lastYear, section, figure);
    if (y % 2) doc.rect(MARGIN - 4, y - 3, WIDTH + 8, 15).fill('#f1f5f2');
    doc.fillColor('black').text(figureLabel(figure, lang), cols[0], y, { width: 225, lineBreak: false });
    doc.text(figureText(now, lang), cols[1], y, { width: 85, align: 'right' });
    doc.text(prev ? figureText(prev, lang) : '–', cols[2], y, { width: 85, align: 'right' });
    doc.text(last ? figureText(last, lang) : '–', cols[3], y, { width: 85, align: 'right' });
    y += 15;
  }
  doc.x = MARGIN;
  doc.y = y + 16;
  const pick = (section: string, figure: string, kind: string) =>
    report.rows.filter((r) => r.section === section && r.figure === figure && r.breakdown.startsWith(`${kind}:`));
  barChart(
    doc,
    `${figureLabel('persons', lang)} – ${breakdownLabel('age:', '', lang).replace(/: $/, '')}`,
    pick('households', 'persons', 'age'),
    lang,
  );
  barChart(
    doc,
    `${figureLabel('paidCents', lang)} – ${breakdownLabel('method:', '', lang).replace(/: $/, '')}`,
    pick('turnover', 'paidCents', 'method'),
    lang,
  );
  barChart(
    doc,
    `${figureLabel('turnoverCents', lang)} – ${breakdownLabel('category:', '', lang).replace(/: $/, '')}`,
    pick('turnover', 'turnoverCents', 'category'),
    lang,
  );

  for (const section of reportSections) {
    doc.addPage();
    doc.font('Helvetica-Bold').fontSize(14).fillColor('black').text(sectionLabels[section][lang]);
    doc.moveDown(0.5);
    doc.font('Helvetica').fontSize(9);
    for (const row of report.rows.filter((r) => r.section === section)) {
      if (doc.y > 780) doc.addPage();
      const rowY = doc.y;
      const name = row.breakdown
        ? `    ${breakdownLabel(row.breakdown, row.label, lang)}`
        : figureLabel(row.figure, lang);
      doc
        .font(row.breakdown ? 'Helvetica' : 'Helvetica-Bold')
        .text(name, MARGIN, rowY, { width: WIDTH - 110, lineBreak: false });
      doc.text(figureText(row, lang), MARGIN + WIDTH - 100, rowY, { width: 100, align: 'right' });
      doc.x = MARGIN;
      doc.y = rowY + 13;
    }
  }
  doc.end();
  return done;
}
