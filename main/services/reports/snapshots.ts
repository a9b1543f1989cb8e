// Closing a month freezes its figure rows; later corrections (a late return, a fixed enrolment) then
// show as differences against the snapshot instead of silently changing a figure already reported.
import type Database from 'better-sqlite3';
import { z } from 'zod';
import {
  compareWithSnapshot,
  type FigureDifference,
  type FigureRow,
  reportSections,
} from '../../domain/report-figures';
import type { MonthlyReport } from './monthly';

const rowSchema = z.object({
  section: z.enum(reportSections),
  figure: z.string(),
  breakdown: z.string(),
  label: z.string(),
  unit: z.enum(['count', 'cents', 'ratio', 'hours']),
  value: z.number(),
});

export interface SnapshotInfo {
  closedAt: string;
  closedBy: number | null;
  rows: FigureRow[];
  differences: FigureDifference[];
}

function hasTable(raw: Database.Database): boolean {
  return (
    raw.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'report_snapshots'").get() !== undefined
  );
}

export function readSnapshot(raw: Database.Database, report: MonthlyReport): SnapshotInfo | null {
  if (!hasTable(raw)) return null;
  const row = raw
    .prepare('SELECT figures, closed_at, closed_by FROM report_snapshots WHERE month = ?')
    .get(report.month) as { figures: string; closed_at: string; closed_by: number | null } | undefined;
  if (!row) return null;
  const rows = z.array(rowSchema).parse(JSON.parse(row.figures));
  return {
    closedAt: row.closed_at,
    closedBy: row.closed_by,
    rows,
    differences: compareWithSnapshot(rows, report.rows),
  };
}

/** Returns false when the month was already closed (a closed month is never overwritten). */
export function writeSnapshot(
  raw: Database.Database,
  report: MonthlyReport,
  closedBy: number | null,
  at: string,
): boolean {
  const result = raw
    .prepare(
      'INSERT INTO report_snapshots (month, time_zone, figures, closed_by, closed_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (month) DO NOTHING',
    )
    .run(report.month, report.timeZone, JSON.stringify(report.rows), closedBy, at);
  return result.changes === 1;
}
