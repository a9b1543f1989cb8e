// The Kysely view of the database. Ids are generated; timestamps are UTC ISO-8601 text;
// money is integer cents; booleans are 0/1 integers (portable to PostgreSQL).
import type { Generated } from 'kysely';

type Id = Generated<number>;
type Flag = number;

export interface UsersTable {
  id: Id;
  name: string;
  badge_code: string | null;
  pin_hash: string;
  language: Generated<string>;
  active: Generated<Flag>;
  failed_attempts: Generated<number>;
  locked_until: string | null;
  created_at: string;
  /** Set when the volunteer is also a client: they never serve their own household. */
  household_id: number | null;
}
export interface UserRolesTable {
  user_id: number;
  role: string;
}
export interface SettingsTable {
  key: string;
  value: string;
}
export interface AuditLogTable {
  id: Id;
  at: string;
  user_id: number | null;
  action: string;
  entity: string | null;
  entity_id: number | null;
  details: string | null;
}
export interface ReferringOrganisationsTable {
  id: Id;
  name: string;
  kind: string;
  active: Generated<Flag>;
}
export interface HouseholdsTable {
  id: Id;
  postal_code: string | null;
  municipality: string | null;
  language: Generated<string>;
  phone: string | null;
  notes: string | null;
  search_text: Generated<string>;
  created_at: string;
  anonymised_at: string | null;
}
export interface MembersTable {
  id: Id;
  household_id: number;
  is_reference: Generated<Flag>;
  first_name: string | null;
  last_name: string | null;
  birth_date: string;
  search_name: Generated<string>;
}
export interface EnrolmentsTable {
  id: Id;
  household_id: number;
  valid_from: string;
  valid_until: string;
  ended_on: string | null;
  organisation_id: number | null;
  social_worker_id: number | null;
  basis: string | null;
  referral_date: string | null;
  kind: Generated<string>;
  created_by: number | null;
  created_at: string;
}
export interface SuspensionsTable {
  id: Id;
  household_id: number;
  reason: string;
  from_date: string;
  until_date: string;
  lifted_on: string | null;
  created_by: number | null;
  created_at: string;
}
export interface CardsTable {
  id: Id;
  household_id: number;
  number: string;
  issued_at: string;
  blocked_at: string | null;
  block_reason: string | null;
}
export interface ProxiesTable {
  id: Id;
  household_id: number;
  name: string;
  valid_until: string;
}
/** One row (id 1): bumped by triggers when member names change; the search index reloads then. */
export interface HouseholdSearchVersionTable {
  id: number;
  version: number;
}
export interface CategoriesTable {
  id: Id;
  name_nl: string;
  name_fr: string;
  in_budget: Generated<Flag>;
}
export interface ProductsTable {
  id: Id;
  barcode: string | null;
  store_code: string | null;
  name_nl: string;
  name_fr: string;
  search_text: Generated<string>;
  category_id: number | null;
  unit: Generated<'piece' | 'kg'>;
  social_price_cents: number;
  reference_price_cents: number;
  vat_rate: number;
  in_budget: Generated<Flag>;
  active: Generated<Flag>;
  stock_quantity: Generated<number>;
  /** Units (grams for kg products) under which the product is on the low-stock list; null: never. */
  low_stock_threshold: number | null;
  quick_key: number | null;
  created_at: string;
  updated_at: string;
}
export interface PriceChangesTable {
  id: Id;
  product_id: number;
  at: string;
  user_id: number | null;
  old_social_cents: number | null;
  new_social_cents: number;
  old_reference_cents: number | null;
  new_reference_cents: number;
}
export type StockMovementKind = 'received' | 'sold' | 'returned' | 'counted' | 'written-off';
export interface StockMovementsTable {
  id: Id;
  product_id: number;
  at: string;
  user_id: number | null;
  kind: StockMovementKind;
  quantity: number;
  source: 'donation' | 'purchase' | null;
  supplier: string | null;
  cost_cents: number | null;
  best_before: string | null;
  reason: string | null;
  sale_id: number | null;
}
export interface ShiftsTable {
  id: Id;
  till_id: string;
  user_id: number;
  opened_at: string;
  float_cents: number;
  float_counts: string;
  closed_at: string | null;
  counted_cents: number | null;
  counted_counts: string | null;
  expected_cents: number | null;
  variance_cents: number | null;
  z_report: string | null;
}
export interface SalesTable {
  id: Id;
  till_id: string;
  number: number;
  kind: 'sale' | 'return';
  original_sale_id: number | null;
  shift_id: number | null;
  household_id: number | null;
  card_id: number | null;
  proxy_id: number | null;
  user_id: number;
  at: string;
  period_key: string | null;
  rule_set_id: number | null;
  total_cents: number;
  budget_cents: number;
  reference_cents: number;
  rounding_cents: Generated<number>;
}
export interface LineOverridesTable {
  id: Id;
  at: string;
  approver_id: number;
  cashier_id: number;
  household_id: number | null;
  product_id: number | null;
  refusal: string;
  reason: string;
}
export interface SaleLinesTable {
  id: Id;
  sale_id: number;
  line_no: number;
  product_id: number;
  category_id: number | null;
  quantity: number;
  unit_price_cents: number;
  amount_cents: number;
  reference_cents: number;
  vat_rate: number;
  in_budget: Flag;
  override_id: number | null;
}
export type PaymentMethod = 'cash' | 'card' | 'voucher' | 'account';
export interface PaymentsTable {
  id: Id;
  sale_id: number;
  method: PaymentMethod;
  amount_cents: number;
  tendered_cents: number | null;
  change_cents: number | null;
}
export interface BudgetLedgerTable {
  id: Id;
  household_id: number;
  sale_id: number;
  period_key: string;
  amount_cents: number;
  at: string;
}
export interface JournalTable {
  id: Id;
  till_id: string;
  number: number;
  kind: 'sale' | 'return';
  sale_id: number;
  at: string;
  prev_hash: string;
  hash: string;
}
export interface OpeningSessionsTable {
  id: Id;
  weekday: number;
  start_time: string;
  end_time: string;
  slot_minutes: number;
  capacity: number;
  active: Generated<Flag>;
}
export interface ClosingDaysTable {
  date: string;
  reason: string | null;
}
export type AppointmentStatus = 'booked' | 'checked-in' | 'completed' | 'cancelled' | 'no-show';
export interface AppointmentsTable {
  id: Id;
  household_id: number;
  slot_start: string;
  slot_end: string;
  status: AppointmentStatus;
  walk_in: Generated<Flag>;
  created_by: number | null;
  created_at: string;
  checked_in_at: string | null;
  updated_at: string | null;
}
export interface RuleSetsTable {
  id: Id;
  effective_from: string;
  period: 'week' | 'month';
  base_cents: number;
  per_adult_cents: number;
  per_child_cents: number;
  child_age_limit: Generated<number>;
  cap_cents: number | null;
  visit_limit: number | null;
  created_by: number | null;
  created_at: string;
}
export interface BudgetOverridesTable {
  id: Id;
  household_id: number;
  amount_cents: number;
  reason: string;
  valid_until: string;
  created_by: number | null;
  created_at: string;
}
export interface ItemLimitsTable {
  id: Id;
  product_id: number | null;
  category_id: number | null;
  per_visit: number | null;
  per_period: number | null;
  per_person: Generated<Flag>;
  child_under_age: number | null;
  active: Generated<Flag>;
  period: Generated<'week' | 'month'>;
  scaling: Generated<'household' | 'per-person' | 'per-adult' | 'per-child'>;
}
export type PrintJobKind = 'receipt' | 'z-report' | 'labels' | 'test';
export interface PrintJobsTable {
  id: Id;
  created_at: string;
  kind: PrintJobKind;
  payload: string;
  status: Generated<'pending' | 'printed' | 'failed' | 'skipped'>;
  attempts: Generated<number>;
  last_error: string | null;
  printed_at: string | null;
  is_copy: Generated<Flag>;
  sale_id: number | null;
}
export interface BackupLogTable {
  id: Id;
  at: string;
  kind: 'scheduled' | 'manual' | 'pre-migration';
  file: string;
  bytes: number;
  encrypted: Flag;
  ok: Flag;
  detail: string | null;
}
export interface BackupKeyTable {
  id: number;
  salt: string;
  key: string;
  created_at: string;
}
export interface VolunteerTimeTable {
  id: Id;
  user_id: number;
  /** Local date in the shop's time zone. */
  work_date: string;
  minutes: number;
  activity: string;
  created_by: number | null;
  created_at: string;
}
export interface ReportSnapshotsTable {
  month: string;
  time_zone: string;
  /** JSON: the figure rows as they were when the month was closed. */
  figures: string;
  closed_by: number | null;
  closed_at: string;
}

export interface DB {
  users: UsersTable;
  user_roles: UserRolesTable;
  settings: SettingsTable;
  audit_log: AuditLogTable;
  referring_organisations: ReferringOrganisationsTable;
  households: HouseholdsTable;
  members: MembersTable;
  enrolments: EnrolmentsTable;
  suspensions: SuspensionsTable;
  cards: CardsTable;
  proxies: ProxiesTable;
  household_search_version: HouseholdSearchVersionTable;
  categories: CategoriesTable;
  products: ProductsTable;
  price_changes: PriceChangesTable;
  stock_movements: StockMovementsTable;
  shifts: ShiftsTable;
  sales: SalesTable;
  line_overrides: LineOverridesTable;
  sale_lines: SaleLinesTable;
  payments: PaymentsTable;
  budget_ledger: BudgetLedgerTable;
  journal: JournalTable;
  opening_sessions: OpeningSessionsTable;
  closing_days: ClosingDaysTable;
  appointments: AppointmentsTable;
  rule_sets: RuleSetsTable;
  budget_overrides: BudgetOverridesTable;
  item_limits: ItemLimitsTable;
  print_jobs: PrintJobsTable;
  backup_log: BackupLogTable;
  backup_key: BackupKeyTable;
  volunteer_time: VolunteerTimeTable;
  report_snapshots: ReportSnapshotsTable;
}
