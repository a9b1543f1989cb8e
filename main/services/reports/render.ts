// One place that turns a month into the bytes of an export, for the CLI and the screen's bridge.
import type Database from 'better-sqlite3';
import type { Language } from '../../contract/money';
import { figureTree } from '../../domain/report-figures';
import { shiftMonth } from '../../domain/report-month';
import { type CsvStyle, reportCsv } from './export-csv';
import { reportPdf } from './export-pdf';
import { reportXlsx } from './export-xlsx';
import { type MonthlyReport, monthlyReport } from './monthly';
import { readSnapshot, type SnapshotInfo } from './snapshots';

export const exportFormats = ['json', 'csv', 'xlsx', 'pdf'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export interface ExportOptions {
  month: string;
  timeZone: string;
  format: ExportFormat;
  lang: Language;
  csvStyle: CsvStyle;
  /** Called between steps of a long export (0..1) so a screen or terminal can show progress. */
  onProgress?: (fraction: number, step: string) => void;
}

/** The JSON export: every figure under a stable key (documented in the README), plus the closing state. */
export function reportJson(report: MonthlyReport, snapshot: SnapshotInfo | null): string {
  return `${JSON.stringify(
    {
      month: report.month,
      timeZone: report.timeZone,
      startUtc: report.startUtc,
      endUtc: report.endUtc,
      closed: snapshot ? { closedAt: snapshot.closedAt, differences: snapshot.differences } : null,
      figures: figureTree(report.rows),
    },
    null,
    2,
  )}\n`;
}

export async function renderReport(raw: Database.Database, options: ExportOptions): Promise<Buffer> {
  const progress = options.onProgress ?? (() => {});
  progress(0, 'figures');
  const report = monthlyReport(raw, options.month, options.timeZone, options.lang);
  switch (options.format) {
    case 'json':
      return Buffer.from(reportJson(report, readSnapshot(raw, report)), 'utf8');
    case 'csv':
      return Buffer.from(reportCsv(report.rows, options.csvStyle), 'utf8');
    case 'xlsx':
      progress(0.5, 'xlsx');
      return reportXlsx(report, options.lang);
    case 'pdf': {
      progress(0.3, 'previous');
      const previous = monthlyReport(raw, shiftMonth(options.month, -1), options.timeZone, options.lang);
      progress(0.5, 'last-year');
      const lastYear = monthlyReport(raw, shiftMonth(options.month, -12), options.timeZone, options.lang);
      progress(0.7, 'pdf');
      return reportPdf(report, options.lang, { previous, lastYear });
    }
  }
}
