import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../main/app';
import { monthlyReport } from '../../../main/services/reports/monthly';
import { type ExportFormat, renderReport } from '../../../main/services/reports/render';
import { writeSnapshot } from '../../../main/services/reports/snapshots';
import { aTestApp, tempDbPath } from '../../support/builders';
import { runTill } from '../../support/cli';
import { ReportFixture } from '../../support/report-builders';
import { buildMarch2026, SECRET_NAMES } from './march-2026';

let app: App;
let dbPath: string;
const dir = mkdtempSync(join(tmpdir(), 'till-report-'));
beforeAll(async () => {
  dbPath = tempDbPath();
  app = await aTestApp({ dbPath });
  buildMarch2026(new ReportFixture(app.connection.raw));
});
afterAll(async () => app.close());

const render = (format: ExportFormat, extra: Partial<Parameters<typeof renderReport>[1]> = {}) =>
  renderReport(app.db, {
    month: '2026-03',
    timeZone: 'Europe/Brussels',
    format,
    lang: 'nl',
    csvStyle: 'excel-be',
    ...extra,
  });

describe('monthly report exports', () => {
  it('CSV long form in Belgian Excel style: BOM, semicolons, decimal comma, euros', async () => {
    const text = (await render('csv')).toString('utf8');
    expect(text.startsWith('\uFEFFsection;figure;breakdown;value;label\r\n')).toBe(true);
    // Stable keys for programs, and in the last column what the row counts, in the chosen language.
    expect(text).toContain('turnover;turnoverEur;;10,50;Omzet · Omzet (€)\r\n');
    expect(text).toContain('turnover;paidEur;method:cash;4,50;');
    expect(text).toContain('households;persons;age:65+;1;');
    expect(text).toContain('budget;averageShareUsed;;0,1001;');
    const french = (await render('csv', { lang: 'fr' })).toString('utf8');
    expect(french).toContain("turnover;turnoverEur;;10,50;Chiffre d'affaires · Chiffre d'affaires (€)\r\n");
  });

  it('CSV in RFC 4180 style: commas, decimal point, no BOM', async () => {
    const text = (await render('csv', { csvStyle: 'rfc4180' })).toString('utf8');
    expect(text.startsWith('section,figure,breakdown,value,label\r\n')).toBe(true);
    expect(text).toContain('turnover,turnoverEur,,10.50,');
    expect(text).toContain('coproduction,tillHours,,10.5,');
  });

  it('XLSX: one sheet per section, headers in the language, numbers stored as numbers', async () => {
    const book = new ExcelJS.Workbook();
    const file = join(dir, 'fr.xlsx');
    writeFileSync(file, await render('xlsx', { lang: 'fr' }));
    await book.xlsx.readFile(file);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Ménages et personnes',
      'Inscriptions',
      "Chiffre d'affaires",
      'Utilisation du budget',
      'Rendez-vous',
      'Stock',
      'Coproduction',
      'info',
    ]);
    const turnover = book.getWorksheet("Chiffre d'affaires");
    expect(turnover?.getRow(1).values).toEqual([undefined, 'Chiffre', 'Ventilation', 'Valeur']);
    const values = new Map<string, unknown>();
    turnover?.eachRow((row, n) => {
      if (n > 1) values.set(`${row.getCell(1).value}|${row.getCell(2).value}`, row.getCell(3).value);
    });
    expect(values.get("Chiffre d'affaires (€)|")).toBe(10.5);
    expect(values.get('Économie pour les clients (€)|')).toBe(18.5);
    expect(values.get('Payé (€)|par mode de paiement: Bon')).toBe(3);
    const people = book.getWorksheet('Ménages et personnes');
    expect(people?.getRow(2).getCell(3).value).toBe(3);
  });

  it('PDF renders to PNG pages', async () => {
    const pdf = join(dir, 'r.pdf');
    writeFileSync(pdf, await render('pdf', { lang: 'fr' }));
    const result = spawnSync('pdftoppm', ['-png', '-r', '40', pdf, join(dir, 'page')]);
    expect(result.status).toBe(0);
    expect(existsSync(join(dir, 'page-1.png'))).toBe(true);
  });

  it('no name, address, phone or card number in any export', async () => {
    const texts: string[] = [];
    for (const format of ['json', 'csv'] as const) texts.push((await render(format)).toString('utf8'));
    const book = new ExcelJS.Workbook();
    const file = join(dir, 'nl.xlsx');
    writeFileSync(file, await render('xlsx'));
    await book.xlsx.readFile(file);
    book.eachSheet((sheet) => sheet.eachRow((row) => texts.push(JSON.stringify(row.values))));
    const pdf = join(dir, 'secret.pdf');
    writeFileSync(pdf, await render('pdf'));
    texts.push(spawnSync('pdftotext', [pdf, '-']).stdout.toString('utf8'));
    for (const text of texts) for (const secret of SECRET_NAMES) expect(text).not.toContain(secret);
  });

  it('JSON keeps every figure under a stable key', async () => {
    const json = JSON.parse((await render('json')).toString('utf8'));
    expect(json.month).toBe('2026-03');
    expect(json.figures.households.served).toBe(3);
    expect(json.figures.households.personsByAge).toEqual({ '0-2': 1, '3-14': 1, '15-17': 1, '18-64': 3, '65+': 1 });
    expect(json.figures.turnover.paidCentsByMethod).toEqual({ account: 300, card: 0, cash: 450, voucher: 300 });
    expect(json.figures.coproduction.hoursWorked).toBe(15);
    expect(json.closed).toBeNull();
  });

  it('a closed month shows later corrections as differences, never silently', async () => {
    const raw = app.connection.raw;
    expect(writeSnapshot(raw, monthlyReport(raw, '2026-03', 'Europe/Brussels'), null, '2026-04-02T08:00:00.000Z')).toBe(
      true,
    );
    expect(writeSnapshot(raw, monthlyReport(raw, '2026-03', 'Europe/Brussels'), null, '2026-04-03T08:00:00.000Z')).toBe(
      false,
    );
    raw
      .prepare(
        "INSERT INTO volunteer_time (user_id, work_date, minutes, activity, created_at) VALUES (3, '2026-03-25', 30, 'transport', '2026-04-05T00:00:00Z')",
      )
      .run();
    const json = JSON.parse((await render('json')).toString('utf8'));
    expect(json.closed.closedAt).toBe('2026-04-02T08:00:00.000Z');
    expect(
      json.closed.differences.map((d: { key: string; snapshot: number; current: number }) => [
        d.key,
        d.snapshot,
        d.current,
      ]),
    ).toEqual([
      ['coproduction.hoursWorked', 15, 15.5],
      ['coproduction.loggedHours', 4.5, 5],
    ]);
  });

  it('CLI: writes the file from a read-only handle; exit 2 for bad input or a missing db', () => {
    const out = join(dir, 'cli.csv');
    const cli = (args: string[]) => runTill(['report', 'monthly', ...args]);
    const ok = cli(['--db', dbPath, '--month', '2026-03', '--format', 'csv', '--out', out, '--csv-style', 'rfc4180']);
    expect(ok.code, ok.err).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('turnover,turnoverEur,,10.50');
    expect(cli(['--db', dbPath, '--month', '2026-13', '--format', 'csv', '--out', out]).code).toBe(2);
    const missing = join(dir, 'nope.db');
    expect(cli(['--db', missing, '--month', '2026-03', '--format', 'csv', '--out', out]).code).toBe(2);
    expect(existsSync(missing)).toBe(false);
  }, 60_000);
});
