import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { connect } from '../../db/connect';
import { migrateToLatest } from '../../db/migrate';
import { reportMonth } from '../../main/domain/report-month';
import { monthlyReport } from '../../main/services/reports/monthly';
import { reportSql } from '../../main/services/reports/monthly-sql';
import { type Benchmark, type BenchResult, benchDir, largeDemoDb, percentile, round } from './harness';

// report.monthly on the large demo database (a million sale lines), against the same sections run as
// hand-written SQL (one statement per section, prepared once, no figure folding) in the same run:
// the ratio shows what the service adds on top of SQLite's own work.
export const benchmarks: Benchmark[] = [
  {
    name: 'report.monthly',
    async run() {
      const copy = join(benchDir, 'report.db');
      copyFileSync(largeDemoDb(), copy);
      // Migrating the copy brings it up to date (client link, time log, snapshots); no backup needed.
      const connection = connect(copy);
      try {
        await migrateToLatest(connection.db as never);
        const raw = connection.raw;
        const months = ['2026-10', '2026-09', '2026-08', '2026-03'];
        const handWritten = Object.values(reportSql).map((text) => raw.prepare(text));
        const bound = months.map((month) => {
          const m = reportMonth(month, 'Europe/Brussels');
          return { start: m.startUtc, end: m.endUtc, first: m.firstDay, last: m.lastDay };
        });
        // The two are interleaved, one of each per round, so both see the same machine load.
        const handWrittenRun = (i: number) => {
          const p = bound[i % bound.length] ?? {};
          for (const st of handWritten) {
            const text = st.source;
            st.all(Object.fromEntries(Object.entries(p).filter(([k]) => text.includes(`$${k}`))));
          }
        };
        const serviceRun = (i: number) => monthlyReport(raw, months[i % months.length] ?? '2026-10', 'Europe/Brussels');
        const sqlSamples: number[] = [];
        const samples: number[] = [];
        for (let i = 0; i < 68; i++) {
          let start = performance.now();
          handWrittenRun(i);
          const sqlMs = performance.now() - start;
          start = performance.now();
          serviceRun(i);
          const ms = performance.now() - start;
          if (i >= 8) {
            sqlSamples.push(sqlMs);
            samples.push(ms);
          }
        }
        const stats = (name: string, values: number[]): BenchResult => {
          const sorted = [...values].sort((a, b) => a - b);
          return {
            name,
            unit: 'ms',
            p50: round(percentile(sorted, 50)),
            p95: round(percentile(sorted, 95)),
            p99: round(percentile(sorted, 99)),
          };
        };
        const sql = stats('report.monthly.sql', sqlSamples);
        const result = stats('report.monthly', samples);
        const ratio = round((result.p50 ?? 0) / (sql.p50 ?? 1));
        return [
          { ...result, value: result.p50, ratio, goal: 250, sqlP50: sql.p50 },
          { ...sql, value: sql.p50 },
        ];
      } finally {
        await connection.close();
      }
    },
  },
];
