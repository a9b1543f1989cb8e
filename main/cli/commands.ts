// Every CLI command, in the order `--help` lists them. Each area adds its command here. A command's
// code is loaded only when it runs, so `--help` or `verify` do not wait for the report libraries.
import type { Command } from './command';

export const commands: readonly Command[] = [
  {
    name: 'init',
    summary: 'create or migrate a database, optionally filled with deterministic demo data',
    usage: 'init --db FILE [--demo small|large] [--seed N] [--now YYYY-MM-DD]',
    load: async () => (await import('./init')).runInit,
  },
  {
    name: 'verify',
    summary: 'check integrity, foreign keys and the sales journal (numbers and hash chain)',
    usage: 'verify --db FILE',
    load: async () => (await import('./verify')).runVerify,
  },
  {
    name: 'serve',
    summary: 'browser mode on an existing database (loopback only)',
    usage: 'serve --db FILE [--port N] [--host 127.0.0.1|::1|localhost]',
    load: async () => (await import('./serve')).runServe,
  },
  {
    name: 'backup',
    summary: 'copy the database while the till runs (online backup), check the copy, encrypt it with a passphrase',
    usage: 'backup --db FILE --out FILE [--passphrase-file F]',
    load: async () => (await import('./backup')).runBackup,
  },
  {
    name: 'restore',
    summary: 'restore a backup after checking it in full; the current file is kept as FILE.before-restore-<time>',
    usage: 'restore --from FILE --db FILE [--passphrase-file F]   (stop the till first)',
    load: async () => (await import('./restore')).runRestore,
  },
  {
    name: 'retention',
    summary: 'anonymise households whose last enrolment ended longer ago than the retention period',
    usage: 'retention --db FILE [--dry-run] [--now YYYY-MM-DD]',
    load: async () => (await import('./retention')).runRetention,
  },
  {
    name: 'import households',
    summary: 'import households from a spreadsheet (CSV: ; or , separated, UTF-8 or Windows-1252, nl/fr/en headers)',
    usage: 'import households --db FILE --file CSV [--dry-run] [--valid-only] [--now YYYY-MM-DD]',
    load: async () => (await import('./households-import')).runImportHouseholds,
  },
  {
    name: 'import products',
    summary: 'import products from a spreadsheet (CSV: ; or , separated, UTF-8 or Windows-1252, nl/fr/en headers)',
    usage: 'import products --db FILE --file CSV [--dry-run] [--valid-only]',
    load: async () => (await import('./products-import')).runImportProducts,
  },
  {
    name: 'export products',
    summary: 'export every product as CSV (UTF-8 with BOM, ;, decimal comma, Dutch headers)',
    usage: 'export products --db FILE --out CSV',
    load: async () => (await import('./products-export')).runExportProducts,
  },
  {
    name: 'report monthly',
    summary: 'the monthly report (anonymous figures) as csv, xlsx, pdf or json; reads the database only',
    usage:
      'report monthly --db FILE --month YYYY-MM --format csv|xlsx|pdf|json --out FILE [--lang nl|fr|en] [--csv-style excel-be|rfc4180]',
    load: async () => (await import('./report-monthly')).runReportMonthly,
  },
  {
    name: 'print-test',
    summary: 'print a test receipt on a serial printer and report its status',
    usage: 'print-test --port PATH [--baud N] [--columns 48|32] [--codepage cp858|wpc1252] [--shop NAME]',
    load: async () => (await import('./print-test')).runPrintTest,
  },
];
