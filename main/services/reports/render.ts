// One place that turns a month into the bytes of an export, for the CLI and the screen's bridge.
import type Database from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { rawSync } from '../../../db/sync-transaction';
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

export async function renderReport(db: Kysely<DB>, options: ExportOptions): Promise<Buffer> {
  const progress = options.onProgress ?? (() => {});
  const { month, timeZone, lang } = options;
  // Figures are read under the connection lock in one read transaction (never inside another call's
  // open transaction, all from the same committed rows); rendering runs after, without the lock.
  const figures = <T>(read: (raw: Database.Database) => T extends PromiseLike<unknown> ? never : T) =>
    rawSync(db, (raw) => raw.transaction(() => read(raw)).deferred());
  progress(0, 'figures');
  switch (options.format) {
    case 'json': {
      const read = await figures((raw) => {
        const report = monthlyReport(raw, month, timeZone, lang);
        return { report, snapshot: readSnapshot(raw, report) };
      });
      return Buffer.from(reportJson(read.report, read.snapshot), 'utf8');
    }
    case 'csv': {
      const report = await figures((raw) => monthlyReport(raw, month, timeZone, lang));
      return Buffer.from(reportCsv(report.rows, options.csvStyle, lang), 'utf8');
    }
    case 'xlsx': {
      const report = await figures((raw) => monthlyReport(raw, month, timeZone, lang));
      progress(0.5, 'xlsx');
      return reportXlsx(report, lang);
    }
    case 'pdf': {
      const read = await figures((raw) => {
        const report = monthlyReport(raw, month, timeZone, lang);
        progress(0.3, 'previous');
        const previous = monthlyReport(raw, shiftMonth(month, -1), timeZone, lang);
        progress(0.5, 'last-year');
        return { report, previous, lastYear: monthlyReport(raw, shiftMonth(month, -12), timeZone, lang) };
      });
      progress(0.7, 'pdf');
      return reportPdf(read.report, lang, { previous: read.previous, lastYear: read.lastYear });
    }
  }
}
