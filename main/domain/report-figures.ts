// The monthly report as data: a flat list of figure rows (section, figure, breakdown, value). The
// same rows feed the JSON (nested under stable keys), the CSV long form, the XLSX sheets, the PDF and
// the snapshot comparison, so every export shows exactly the same numbers.

export const reportSections = [
  'households',
  'enrolments',
  'turnover',
  'budget',
  'appointments',
  'stock',
  'coproduction',
] as const;
export type ReportSection = (typeof reportSections)[number];

/** count: whole number; cents: money in integer cents; ratio: 0..1; hours: decimal hours. */
export type FigureUnit = 'count' | 'cents' | 'ratio' | 'hours';

export interface FigureRow {
  section: ReportSection;
  figure: string;
  /** '' for the total; otherwise a stable key such as 'organisation:2', 'band:0-2', 'method:cash'. */
  breakdown: string;
  /** What to print for the breakdown (a municipality, an organisation's name, a category name). */
  label: string;
  unit: FigureUnit;
  value: number;
}

export const ageBands = ['0-2', '3-14', '15-17', '18-64', '65+'] as const;

export function rowKey(row: Pick<FigureRow, 'section' | 'figure' | 'breakdown'>): string {
  return `${row.section}.${row.figure}${row.breakdown ? `[${row.breakdown}]` : ''}`;
}

/**
 * The breakdown label in data exports (JSON, CSV): a payment method keeps its code (`cash`), which
 * does not change with the language; names (organisation, municipality, category) stay names.
 */
export function dataLabel(row: Pick<FigureRow, 'breakdown' | 'label'>): string {
  return row.breakdown.startsWith('method:') ? row.breakdown.slice('method:'.length) : row.label;
}

export type FigureTree = Record<string, Record<string, number | Record<string, number>>>;

/**
 * The JSON figures: totals under `section.figure`; breakdowns under `section.figureBy<Kind>` keyed by
 * the breakdown key's value part ('organisation:2' → byOrganisation['2']... labels stay in `labels`).
 */
export function figureTree(rows: readonly FigureRow[]): FigureTree {
  const tree: FigureTree = {};
  for (const row of rows) {
    const section = tree[row.section] ?? {};
    tree[row.section] = section;
    if (!row.breakdown) {
      section[row.figure] = row.value;
      continue;
    }
    const colon = row.breakdown.indexOf(':');
    const kind = row.breakdown.slice(0, colon);
    const key = `${row.figure}By${kind.charAt(0).toUpperCase()}${kind.slice(1)}`;
    const existing = section[key];
    const group: Record<string, number> = typeof existing === 'object' ? existing : {};
    group[dataLabel(row)] = row.value;
    section[key] = group;
  }
  return tree;
}

export interface FigureDifference {
  key: string;
  section: ReportSection;
  figure: string;
  breakdown: string;
  label: string;
  unit: FigureUnit;
  snapshot: number;
  current: number;
  difference: number;
}

/** Every figure whose current value differs from the closed snapshot (missing on one side = 0). */
export function compareWithSnapshot(snapshot: readonly FigureRow[], current: readonly FigureRow[]): FigureDifference[] {
  const before = new Map(snapshot.map((r) => [rowKey(r), r]));
  const after = new Map(current.map((r) => [rowKey(r), r]));
  const keys = [...new Set([...before.keys(), ...after.keys()])].sort();
  const out: FigureDifference[] = [];
  for (const key of keys) {
    const a = before.get(key);
    const b = after.get(key);
    const base = b ?? a;
    if (!base) continue;
    const was = a?.value ?? 0;
    const now = b?.value ?? 0;
    if (Math.abs(now - was) < 1e-9) continue;
    out.push({
      key,
      section: base.section,
      figure: base.figure,
      breakdown: base.breakdown,
      label: base.label,
      unit: base.unit,
      snapshot: was,
      current: now,
      difference: Math.round((now - was) * 10000) / 10000,
    });
  }
  return out;
}
