// Forward-only migrations, listed explicitly in order (no folder scanning: bundlers break it).
// A migration is frozen once merged; a change is a new file appended here.
import type { Migration } from 'kysely';
import * as m0001 from './0001_users';
import * as m0002 from './0002_settings_audit';
import * as m0003 from './0003_households';
import * as m0004 from './0004_products';
import * as m0005 from './0005_stock_movements';
import * as m0006 from './0006_shifts_sales';
import * as m0007 from './0007_journal';
import * as m0008 from './0008_appointments';
import * as m0009 from './0009_rules';
import * as m0010 from './0010_print_queue';
import * as m0011 from './0011_user_household';
import * as m0020 from './0020_volunteer_time';
import * as m0021 from './0021_report_snapshots';
import * as m0030 from './0030_trust';
import * as m0040 from './0040_products_updated_index';
import * as m0041 from './0041_products_low_stock';
import * as m0042 from './0042_stock_movements_kind_index';
import * as m0050 from './0050_household_search_version';
import * as m0051 from './0051_enrolment_status_index';
import * as m0052 from './0052_members_birth_date_index';
import * as m0060 from './0060_rules_limits';
import * as m0070 from './0070_shifts_open_index';

export const migrations: Record<string, Migration> = {
  '0001_users': m0001,
  '0002_settings_audit': m0002,
  '0003_households': m0003,
  '0004_products': m0004,
  '0005_stock_movements': m0005,
  '0006_shifts_sales': m0006,
  '0007_journal': m0007,
  '0008_appointments': m0008,
  '0009_rules': m0009,
  '0010_print_queue': m0010,
  '0011_user_household': m0011,
  '0020_volunteer_time': m0020,
  '0021_report_snapshots': m0021,
  '0030_trust': m0030,
  '0040_products_updated_index': m0040,
  '0041_products_low_stock': m0041,
  '0042_stock_movements_kind_index': m0042,
  '0050_household_search_version': m0050,
  '0051_enrolment_status_index': m0051,
  '0052_members_birth_date_index': m0052,
  '0060_rules_limits': m0060,
  '0070_shifts_open_index': m0070,
};
