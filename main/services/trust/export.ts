// A household's own data, on its request (GDPR access): everything the till holds about it, as JSON
// for a machine and as a readable PDF for the person. Product names, not ids, on the sales.
import type Database from 'better-sqlite3';
import PDFDocument from 'pdfkit';

type Row = Record<string, string | number | null>;

export interface HouseholdExport {
  exportedAt: string;
  household: Row;
  members: Row[];
  enrolments: Row[];
  suspensions: Row[];
  budgetOverrides: Row[];
  cards: Row[];
  proxies: Row[];
  appointments: Row[];
  sales: { sale: Row; lines: Row[]; payments: Row[] }[];
}

export function collectHouseholdData(raw: Database.Database, householdId: number, now: Date): HouseholdExport | null {
  const household = raw
    .prepare(
      'SELECT id, postal_code, municipality, language, phone, notes, created_at, anonymised_at FROM households WHERE id = ?',
    )
    .get(householdId) as Row | undefined;
  if (!household) return null;
  const all = (sql: string) => raw.prepare(sql).all(householdId) as Row[];
  const sales = all(
    'SELECT id, till_id, number, kind, at, total_cents, budget_cents, reference_cents FROM sales WHERE household_id = ? ORDER BY at',
  );
  const lines = raw.prepare(
    `SELECT l.line_no, p.name_nl, p.name_fr, l.quantity, l.unit_price_cents, l.amount_cents
     FROM sale_lines l JOIN products p ON p.id = l.product_id WHERE l.sale_id = ? ORDER BY l.line_no`,
  );
  const payments = raw.prepare('SELECT method, amount_cents FROM payments WHERE sale_id = ? ORDER BY id');
  return {
    exportedAt: now.toISOString(),
    household,
    members: all(
      'SELECT is_reference, first_name, last_name, birth_date FROM members WHERE household_id = ? ORDER BY id',
    ),
    enrolments: all(
      `SELECT e.valid_from, e.valid_until, e.ended_on, e.kind, e.basis, o.name AS organisation
       FROM enrolments e LEFT JOIN referring_organisations o ON o.id = e.organisation_id
       WHERE e.household_id = ? ORDER BY e.valid_from`,
    ),
    suspensions: all('SELECT reason, from_date, until_date, lifted_on FROM suspensions WHERE household_id = ?'),
    budgetOverrides: all('SELECT amount_cents, reason, valid_until FROM budget_overrides WHERE household_id = ?'),
    cards: all('SELECT number, issued_at, blocked_at FROM cards WHERE household_id = ?'),
    proxies: all('SELECT name, valid_until FROM proxies WHERE household_id = ?'),
    appointments: all('SELECT slot_start, status FROM appointments WHERE household_id = ? ORDER BY slot_start'),
    sales: sales.map((s) => ({
      sale: s,
      lines: lines.all(s.id) as Row[],
      payments: payments.all(s.id) as Row[],
    })),
  };
}

const euro = (cents: unknown) => `EUR ${(Number(cents) / 100).toFixed(2)}`;
const text = (v: unknown) => (v === null || v === undefined || v === '' ? '-' : String(v));

export interface PdfLabels {
  title: string;
  exportedAt: string;
  household: string;
  members: string;
  enrolments: string;
  cards: string;
  proxies: string;
  appointments: string;
  sales: string;
  none: string;
}

/** A plain, readable PDF of the export (A4, built-in Helvetica: no font files to ship). */
export function householdPdf(data: HouseholdExport, labels: PdfLabels): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: labels.title } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.font('Helvetica-Bold').fontSize(18).text(labels.title);
  doc
    .font('Helvetica')
    .fontSize(9)
    .fillColor('#555')
    .text(`${labels.exportedAt}: ${data.exportedAt.slice(0, 16).replace('T', ' ')} UTC`);
  doc.fillColor('#000').moveDown();
  const section = (title: string, rows: string[]) => {
    doc.font('Helvetica-Bold').fontSize(13).text(title);
    doc.font('Helvetica').fontSize(10);
    if (rows.length === 0) doc.text(labels.none);
    for (const row of rows) doc.text(row);
    doc.moveDown(0.8);
  };
  const h = data.household;
  section(labels.household, [
    `#${text(h.id)}  ${text(h.postal_code)} ${text(h.municipality)}  (${text(h.language)})`,
    `${text(h.phone)}`,
    ...(h.notes ? [String(h.notes)] : []),
  ]);
  section(
    labels.members,
    data.members.map(
      (m) => `${text(m.first_name)} ${text(m.last_name)}  ${text(m.birth_date)}${m.is_reference ? '  *' : ''}`,
    ),
  );
  section(
    labels.enrolments,
    data.enrolments.map(
      (e) => `${text(e.valid_from)} – ${text(e.valid_until)}  ${text(e.organisation)}  ${text(e.basis)}`,
    ),
  );
  section(
    labels.cards,
    data.cards.map((c) => `${text(c.number)}  ${text(c.issued_at).slice(0, 10)}${c.blocked_at ? '  (x)' : ''}`),
  );
  section(
    labels.proxies,
    data.proxies.map((p) => `${text(p.name)}  ${text(p.valid_until)}`),
  );
  section(
    labels.appointments,
    data.appointments.map((a) => `${text(a.slot_start).slice(0, 16).replace('T', ' ')}  ${text(a.status)}`),
  );
  section(
    labels.sales,
    data.sales.flatMap(({ sale: s, lines }) => [
      `${text(s.at).slice(0, 10)}  ${text(s.till_id)}#${text(s.number)}  ${euro(s.total_cents)}`,
      ...lines.map(
        (l) => `     ${text(l.quantity)} × ${text(l.name_nl)} / ${text(l.name_fr)}  ${euro(l.amount_cents)}`,
      ),
    ]),
  );
  doc.end();
  return done;
}
