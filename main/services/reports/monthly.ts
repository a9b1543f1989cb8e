// report.monthly: every figure of one month from the aggregate queries in monthly-sql.ts.
import type Database from 'better-sqlite3';
import type { Language } from '../../contract/money';
import { ageBands, type FigureRow, type FigureUnit, type ReportSection } from '../../domain/report-figures';
import { type ReportMonth, reportMonth } from '../../domain/report-month';
import { methodLabel } from './labels';
import { type ReportQuery, reportSql } from './monthly-sql';

type Row = Record<string, string | number | null>;

const statementCache = new WeakMap<Database.Database, Map<ReportQuery, Database.Statement>>();

function statement(raw: Database.Database, query: ReportQuery): Database.Statement {
  let cache = statementCache.get(raw);
  if (!cache) {
    cache = new Map();
    statementCache.set(raw, cache);
  }
  let prepared = cache.get(query);
  if (!prepared) {
    prepared = raw.prepare(sqlFor(raw, query));
    cache.set(query, prepared);
  }
  return prepared;
}

/** A read-only CLI handle on a database from before migrations 0011/0020 has no client link or time log: count none. */
function sqlFor(raw: Database.Database, query: ReportQuery): string {
  let text: string = reportSql[query];
  const hasLog = raw.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'volunteer_time'").get();
  if (!hasLog)
    text = text.replace('FROM volunteer_time', "FROM (SELECT 0 AS user_id, 0 AS minutes, '' AS work_date WHERE 0)");
  const userColumns = raw.prepare("SELECT name FROM pragma_table_info('users')").all() as { name: string }[];
  if (!userColumns.some((c) => c.name === 'household_id')) text = text.replace('usr.household_id', 'NULL');
  return text;
}

function params(month: ReportMonth, sqlText: string): Record<string, string> {
  const all: Record<string, string> = {
    start: month.startUtc,
    end: month.endUtc,
    first: month.firstDay,
    last: month.lastDay,
  };
  return Object.fromEntries(Object.entries(all).filter(([k]) => sqlText.includes(`$${k}`)));
}

function all(raw: Database.Database, query: ReportQuery, month: ReportMonth): Row[] {
  return statement(raw, query).all(params(month, reportSql[query])) as Row[];
}

const num = (v: string | number | null | undefined): number => (typeof v === 'number' ? v : Number(v ?? 0));
const text = (v: string | number | null | undefined): string => (v === null || v === undefined ? '' : String(v));

export interface MonthlyReport {
  month: string;
  timeZone: string;
  startUtc: string;
  endUtc: string;
  rows: FigureRow[];
}

class RowSink {
  readonly rows: FigureRow[] = [];
  constructor(private readonly section: ReportSection) {}
  add(figure: string, value: number, unit: FigureUnit = 'count', breakdown = '', label = ''): void {
    this.rows.push({ section: this.section, figure, breakdown, label, unit, value });
  }
  /** Adds grouped values in a stable order (by label). */
  addGroups(
    figure: string,
    kind: string,
    groups: Map<string, { label: string; value: number }>,
    unit: FigureUnit = 'count',
  ): void {
    const sorted = [...groups.entries()].sort(
      (a, b) => a[1].label.localeCompare(b[1].label) || a[0].localeCompare(b[0]),
    );
    for (const [key, g] of sorted) this.add(figure, g.value, unit, `${kind}:${key}`, g.label);
  }
}

function bump(map: Map<string, { label: string; value: number }>, key: string, label: string, value: number): void {
  const g = map.get(key);
  if (g) g.value += value;
  else map.set(key, { label, value });
}

const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 10000) / 10000 : 0);
const hours = (seconds: number) => Math.round((seconds / 3600) * 100) / 100;

export function monthlyReport(
  raw: Database.Database,
  month: string,
  timeZone: string,
  lang: Language = 'nl',
): MonthlyReport {
  const m = reportMonth(month, timeZone);
  const orgNames = new Map(all(raw, 'organisations', m).map((r) => [text(r.id), text(r.name)]));
  const orgLabel = (id: string) => (id ? (orgNames.get(id) ?? id) : '—');
  const muniLabel = (name: string) => name || '—';

  const households = new RowSink('households');
  const visits = all(raw, 'visits', m)[0] ?? {};
  households.add('served', num(visits.served));
  const byOrg = new Map<string, { label: string; value: number }>();
  const byMuni = new Map<string, { label: string; value: number }>();
  for (const r of all(raw, 'servedBy', m)) {
    bump(byOrg, text(r.organisation_id), orgLabel(text(r.organisation_id)), num(r.n));
    bump(byMuni, text(r.municipality), muniLabel(text(r.municipality)), num(r.n));
  }
  households.addGroups('served', 'organisation', byOrg);
  households.addGroups('served', 'municipality', byMuni);
  households.add('visits', num(visits.visits));
  const bands = new Map(all(raw, 'persons', m).map((r) => [text(r.band), num(r.n)]));
  households.add(
    'persons',
    [...bands.values()].reduce((a, b) => a + b, 0),
  );
  for (const band of ageBands) households.add('persons', bands.get(band) ?? 0, 'count', `age:${band}`, band);

  const enrolments = new RowSink('enrolments');
  const enrolmentFigures = ['new', 'renewals', 'expired', 'activeAtMonthEnd'] as const;
  const enrolmentRows = all(raw, 'enrolments', m);
  for (const figure of enrolmentFigures) {
    const org = new Map<string, { label: string; value: number }>();
    const muni = new Map<string, { label: string; value: number }>();
    let total = 0;
    for (const r of enrolmentRows) {
      const n = num(r[figure]);
      if (n === 0) continue;
      total += n;
      bump(org, text(r.organisation_id), orgLabel(text(r.organisation_id)), n);
      bump(muni, text(r.municipality), muniLabel(text(r.municipality)), n);
    }
    enrolments.add(figure, total);
    enrolments.addGroups(figure, 'organisation', org);
    enrolments.addGroups(figure, 'municipality', muni);
  }

  const turnover = new RowSink('turnover');
  const t = all(raw, 'totals', m)[0] ?? {};
  turnover.add('turnoverCents', num(t.total), 'cents');
  turnover.add('salesCents', num(t.sales), 'cents');
  turnover.add('returnsCents', num(t.returns), 'cents');
  turnover.add('roundingCents', num(t.rounding), 'cents');
  turnover.add('sales', num(t.sale_count));
  turnover.add('returns', num(t.return_count));
  const methods = new Map<string, { label: string; value: number }>();
  for (const r of all(raw, 'byMethod', m))
    bump(methods, text(r.method), methodLabel(text(r.method), lang), num(r.amount));
  turnover.addGroups('paidCents', 'method', methods, 'cents');
  const vat = new Map<string, { label: string; value: number }>();
  const category = new Map<string, { label: string; value: number }>();
  for (const r of all(raw, 'byLine', m)) {
    const rate = text(r.vat_rate);
    bump(vat, rate, `${rate} %`, num(r.amount));
    const name = lang === 'fr' ? text(r.name_fr) : text(r.name_nl);
    bump(category, text(r.category_id), name || '—', num(r.amount));
  }
  turnover.addGroups('turnoverCents', 'vat', vat, 'cents');
  turnover.addGroups('turnoverCents', 'category', category, 'cents');
  turnover.add('referenceCents', num(t.reference), 'cents');
  turnover.add('paidByClientsCents', num(t.total), 'cents');
  turnover.add('savingCents', num(t.reference) - num(t.total), 'cents');

  const budget = new RowSink('budget');
  const b = all(raw, 'budget', m)[0] ?? {};
  budget.add('periods', num(b.periods));
  budget.add('averageShareUsed', Math.round(num(b.share) * 10000) / 10000, 'ratio');
  budget.add('usedCents', num(b.used), 'cents');
  budget.add('budgetCents', num(b.budget), 'cents');

  const appointments = new RowSink('appointments');
  const a = all(raw, 'appointments', m)[0] ?? {};
  appointments.add('booked', num(a.booked));
  appointments.add('attended', num(a.attended));
  appointments.add('missed', num(a.missed));
  appointments.add('cancelled', num(a.cancelled));
  appointments.add('walkIns', num(a.walk_ins));
  appointments.add('noShowRate', ratio(num(a.missed), num(a.booked)), 'ratio');

  const stock = new RowSink('stock');
  const s = new Map(all(raw, 'stock', m).map((r) => [`${text(r.kind)}/${text(r.source)}`, r]));
  const donated = s.get('received/donation') ?? {};
  const purchased = s.get('received/purchase') ?? {};
  const written = [...s.entries()].filter(([k]) => k.startsWith('written-off/')).map(([, r]) => r);
  stock.add('donatedDeliveries', num(donated.movements));
  stock.add('donatedValueCents', num(donated.reference), 'cents');
  stock.add('purchasedDeliveries', num(purchased.movements));
  stock.add('purchasedCostCents', num(purchased.cost), 'cents');
  stock.add('purchasedValueCents', num(purchased.reference), 'cents');
  stock.add(
    'writtenOff',
    written.reduce((sum, r) => sum + num(r.movements), 0),
  );
  stock.add(
    'writtenOffValueCents',
    written.reduce((sum, r) => sum + num(r.reference), 0),
    'cents',
  );

  const coproduction = new RowSink('coproduction');
  const c = all(raw, 'coproduction', m)[0] ?? {};
  coproduction.add('volunteersActive', num(c.volunteers));
  coproduction.add('tillVolunteers', num(c.till_volunteers));
  coproduction.add('loggedVolunteers', num(c.logged_volunteers));
  coproduction.add('hoursWorked', hours(num(c.till_seconds) + num(c.log_seconds)), 'hours');
  coproduction.add('tillHours', hours(num(c.till_seconds)), 'hours');
  coproduction.add('loggedHours', hours(num(c.log_seconds)), 'hours');
  coproduction.add('clientsVolunteering', num(c.clients_volunteering));

  return {
    month,
    timeZone,
    startUtc: m.startUtc,
    endUtc: m.endUtc,
    rows: [households, enrolments, turnover, budget, appointments, stock, coproduction].flatMap((sink) => sink.rows),
  };
}
