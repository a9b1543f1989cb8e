// The monthly report's SQL: one aggregate query per section, range-filtered on the indexed UTC
// text columns. Parameters: $start/$end (UTC ISO, end exclusive), $first/$last (local dates).
// JavaScript only folds the few grouped rows into figure rows; nothing here is per sale or per household.

/** The last day an enrolment is valid: ended early → the day before ended_on. */
const lastValid = `CASE WHEN ended_on IS NOT NULL AND ended_on <= valid_until THEN date(ended_on, '-1 day') ELSE valid_until END`;

/** Age in whole years on $on (a birthday on 29 February counts from 1 March in other years). */
const ageOn = (on: string) =>
  `(CAST(substr(${on}, 1, 4) AS INTEGER) - CAST(substr(m.birth_date, 1, 4) AS INTEGER) - (substr(m.birth_date, 6, 5) > substr(${on}, 6, 5)))`;

const served = `SELECT DISTINCT household_id AS id FROM sales
  WHERE at >= $start AND at < $end AND kind = 'sale' AND household_id IS NOT NULL`;

export const reportSql = {
  visits: `SELECT COUNT(*) AS visits, COUNT(DISTINCT household_id) AS served FROM sales
    WHERE at >= $start AND at < $end AND kind = 'sale' AND household_id IS NOT NULL`,

  /** Served households by municipality and by the organisation of their latest enrolment by month end. */
  servedBy: `WITH served AS (${served})
    SELECT COALESCE(h.municipality, '') AS municipality,
      (SELECT e.organisation_id FROM enrolments e WHERE e.household_id = served.id AND e.valid_from <= $last
        ORDER BY e.valid_from DESC, e.id DESC LIMIT 1) AS organisation_id,
      COUNT(*) AS n
    FROM served JOIN households h ON h.id = served.id GROUP BY 1, 2`,

  persons: `WITH served AS (${served})
    SELECT CASE WHEN age < 3 THEN '0-2' WHEN age < 15 THEN '3-14' WHEN age < 18 THEN '15-17'
      WHEN age < 65 THEN '18-64' ELSE '65+' END AS band, COUNT(*) AS n
    FROM (SELECT ${ageOn('$last')} AS age FROM members m JOIN served ON served.id = m.household_id
      WHERE m.birth_date <= $last) GROUP BY 1`,

  /** new / renewal periods starting in the month, periods expiring in it (not continued the next day), active at month end. */
  enrolments: `WITH e AS (SELECT id, household_id, kind, valid_from, organisation_id, ${lastValid} AS last_day FROM enrolments),
    flagged AS (
      SELECT household_id, organisation_id,
        kind = 'new' AND valid_from BETWEEN $first AND $last AS is_new,
        kind = 'renewal' AND valid_from BETWEEN $first AND $last AS is_renewal,
        CASE WHEN last_day BETWEEN $first AND $last THEN NOT EXISTS (SELECT 1 FROM enrolments n
          WHERE n.household_id = e.household_id AND n.id <> e.id AND n.valid_from > e.valid_from
            AND n.valid_from <= date(e.last_day, '+1 day')) ELSE 0 END AS is_expired,
        0 AS is_active
      FROM e WHERE valid_from BETWEEN $first AND $last OR last_day BETWEEN $first AND $last
      UNION ALL SELECT household_id, organisation_id, 0, 0, 0, 1 FROM
        (SELECT household_id, organisation_id, MAX(valid_from) FROM e WHERE valid_from <= $last AND last_day >= $last GROUP BY household_id))
    SELECT f.organisation_id, COALESCE(h.municipality, '') AS municipality, SUM(f.is_new) AS new, SUM(f.is_renewal) AS renewals,
      SUM(f.is_expired) AS expired, SUM(f.is_active) AS activeAtMonthEnd
    FROM flagged f JOIN households h ON h.id = f.household_id GROUP BY 1, 2`,

  organisations: `SELECT id, name FROM referring_organisations`,

  totals: `SELECT COALESCE(SUM(total_cents), 0) AS total, COALESCE(SUM(CASE WHEN kind = 'sale' THEN total_cents END), 0) AS sales,
      COALESCE(SUM(CASE WHEN kind = 'return' THEN total_cents END), 0) AS returns,
      COALESCE(SUM(reference_cents), 0) AS reference, COALESCE(SUM(rounding_cents), 0) AS rounding,
      SUM(kind = 'sale') AS sale_count, SUM(kind = 'return') AS return_count
    FROM sales WHERE at >= $start AND at < $end`,

  byMethod: `SELECT p.method, SUM(p.amount_cents) AS amount FROM sales s JOIN payments p ON p.sale_id = s.id
    WHERE s.at >= $start AND s.at < $end GROUP BY 1`,

  byLine: `SELECT l.vat_rate, l.category_id, c.name_nl, c.name_fr, SUM(l.amount_cents) AS amount
    FROM sales s JOIN sale_lines l ON l.sale_id = s.id LEFT JOIN categories c ON c.id = l.category_id
    WHERE s.at >= $start AND s.at < $end GROUP BY 1, 2`,

  /**
   * Budget use per (household, budget period) with sales in the month: what was spent against the
   * budget ÷ the budget of the sale's rule set for the household's members on the month's first day
   * (a household override valid that day replaces it). Averaged over those pairs.
   */
  budget: `WITH used AS (SELECT household_id, period_key, MAX(rule_set_id) AS rule_set_id, SUM(budget_cents) AS used
      FROM sales WHERE at >= $start AND at < $end AND household_id IS NOT NULL AND period_key IS NOT NULL
        AND rule_set_id IS NOT NULL GROUP BY 1, 2),
    overrides AS MATERIALIZED (SELECT household_id, amount_cents, MAX(created_at || printf('%012d', id)) FROM budget_overrides
      WHERE valid_until >= $first GROUP BY household_id),
    comp AS MATERIALIZED (SELECT u.household_id, u.used, r.base_cents, r.per_adult_cents, r.per_child_cents, r.cap_cents,
        COALESCE(SUM(m.birth_date <= $first AND ${ageOn('$first')} < r.child_age_limit), 0) AS children,
        COALESCE(SUM(m.birth_date <= $first), 0) AS persons
      FROM used u JOIN rule_sets r ON r.id = u.rule_set_id LEFT JOIN members m ON m.household_id = u.household_id
      GROUP BY u.household_id, u.period_key),
    formula AS MATERIALIZED (SELECT household_id, used, cap_cents,
        base_cents + (persons - children) * per_adult_cents + children * per_child_cents AS uncapped FROM comp),
    b AS (SELECT used, COALESCE(o.amount_cents, CASE WHEN cap_cents IS NOT NULL AND uncapped > cap_cents THEN cap_cents
        ELSE uncapped END) AS budget FROM formula LEFT JOIN overrides o ON o.household_id = formula.household_id)
    SELECT COUNT(*) AS periods, AVG(CAST(used AS REAL) / budget) AS share, COALESCE(SUM(used), 0) AS used,
      COALESCE(SUM(budget), 0) AS budget FROM b WHERE budget > 0`,

  appointments: `SELECT COALESCE(SUM(walk_in = 0 AND status <> 'cancelled'), 0) AS booked,
      COALESCE(SUM(status IN ('checked-in', 'completed')), 0) AS attended,
      COALESCE(SUM(walk_in = 0 AND status = 'no-show'), 0) AS missed,
      COALESCE(SUM(status = 'cancelled'), 0) AS cancelled,
      COALESCE(SUM(walk_in = 1 AND status <> 'cancelled'), 0) AS walk_ins
    FROM appointments WHERE slot_start >= $start AND slot_start < $end`,

  /** Value at reference price (kg products count quantity in grams) and, for purchases, at cost. */
  stock: `SELECT sm.kind, COALESCE(sm.source, '') AS source, COUNT(*) AS movements,
      COALESCE(SUM(sm.cost_cents), 0) AS cost,
      ROUND(COALESCE(SUM(ABS(sm.quantity) * p.reference_price_cents / CASE WHEN p.unit = 'kg' THEN 1000.0 ELSE 1.0 END), 0)) AS reference
    FROM stock_movements sm JOIN products p ON p.id = sm.product_id
    WHERE sm.at >= $start AND sm.at < $end AND sm.kind IN ('received', 'written-off') GROUP BY 1, 2`,

  /** Shift seconds inside the month (a shift across midnight of the month's edge is split), plus the time log. */
  coproduction: `WITH work AS (
      SELECT user_id, ROUND((julianday(MIN(closed_at, $end)) - julianday(MAX(opened_at, $start))) * 86400) AS seconds, 'till' AS source
        FROM shifts WHERE closed_at IS NOT NULL AND opened_at < $end AND closed_at > $start
      UNION ALL SELECT user_id, minutes * 60, 'log' FROM volunteer_time WHERE work_date BETWEEN $first AND $last)
    SELECT COUNT(DISTINCT w.user_id) AS volunteers,
      COUNT(DISTINCT CASE WHEN w.source = 'till' THEN w.user_id END) AS till_volunteers,
      COUNT(DISTINCT CASE WHEN w.source = 'log' THEN w.user_id END) AS logged_volunteers,
      COALESCE(SUM(CASE WHEN w.source = 'till' THEN w.seconds END), 0) AS till_seconds,
      COALESCE(SUM(CASE WHEN w.source = 'log' THEN w.seconds END), 0) AS log_seconds,
      COUNT(DISTINCT CASE WHEN usr.household_id IS NOT NULL THEN w.user_id END) AS clients_volunteering
    FROM work w JOIN users usr ON usr.id = w.user_id`,
} as const;

export type ReportQuery = keyof typeof reportSql;
