// Wires the services on one database: what both shells (Electron, browser mode) and the CLI start.
import type { Kysely } from 'kysely';
import { type Connection, connect } from '../db/connect';
import type { DB } from '../db/schema';
import { type Clock, systemClock } from './api/clock';
import { createDispatcher, type Dispatcher, type Handlers } from './api/dispatcher';
import { EventBus } from './api/event-bus';
import { SessionStore } from './api/sessions';
import { startDayClosing } from './services/appointments/day-close';
import { appointmentHandlers } from './services/appointments/handlers';
import { authHandlers } from './services/auth';
import { deviceHandlers } from './services/devices/handlers';
import { DeviceHub } from './services/devices/hub';
import { householdHandlers } from './services/households/handlers';
import { type PinHashCost, productionPinHashCost } from './services/pin-hash';
import { productHandlers } from './services/products/handlers';
import { reportHandlers } from './services/reports/handlers';
import { ruleHandlers } from './services/rules/handlers';
import { readSettings, type Settings } from './services/settings';
import { settingsHandlers } from './services/settings-handlers';
import { tillHandlers } from './services/till/handlers';
import { trustHandlers } from './services/trust/handlers';
import { migrateWithBackup } from './services/trust/pre-migration';
import { TrustService } from './services/trust/service';
import { userHandlers } from './services/users';

export interface AppOptions {
  dbPath: string;
  clock?: Clock;
  /** Tests pass testOnlyPinHashCost; nothing else sets it. */
  pinHashCost?: PinHashCost;
  nativeBinding?: string;
  /** Refuse to create a missing database file (CLI `serve`). */
  mustExist?: boolean;
  onInternalError?: (channel: string, error: unknown) => void;
  /** The background integrity check and backup schedule (default on; short-lived tools turn it off). */
  background?: boolean;
  /** Fake scanner and printer whatever the device settings say (browser mode, tests). */
  simulatedHardware?: boolean;
}

export interface App {
  db: Kysely<DB>;
  connection: Connection;
  dispatcher: Dispatcher;
  sessions: SessionStore;
  events: EventBus;
  clock: Clock;
  settings(): Settings;
  trust: TrustService;
  devices: DeviceHub;
  close(): Promise<void>;
}

export async function createApp(options: AppOptions): Promise<App> {
  const connection = connect(options.dbPath, {
    mustExist: options.mustExist ?? false,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    await migrateWithBackup(connection, options.dbPath, options.clock ?? systemClock);
  } catch (error) {
    await connection.close();
    throw error;
  }
  const db = connection.db;
  const clock = options.clock ?? systemClock;
  let settings = await readSettings(db);
  const sessions = new SessionStore(clock, () => settings.idleLockMinutes);
  const events = new EventBus();
  const pinHashCost = options.pinHashCost ?? productionPinHashCost;
  const deps = {
    db,
    sessions,
    pinHashCost,
    clock,
    events,
    refreshSettings: async () => {
      settings = await readSettings(db);
    },
  };

  const trust = new TrustService({
    db,
    raw: connection.raw,
    dbPath: options.dbPath,
    clock,
    events,
    nativeBinding: options.nativeBinding,
  });
  const devices = new DeviceHub({
    db,
    events,
    now: () => clock.now(),
    simulated: (options.simulatedHardware ?? false) || settings.practiceMode,
  });
  const handlers: Handlers = {
    ...authHandlers(deps),
    ...appointmentHandlers(deps),
    ...userHandlers(deps),
    ...trustHandlers({ db, trust }),
    ...householdHandlers(deps),
    ...ruleHandlers(deps),
    ...productHandlers(deps),
    ...tillHandlers({ db, printQueued: () => devices.wake() }),
    ...deviceHandlers({ hub: devices, settings: () => settings }),
    ...reportHandlers({ db, clock, settings: () => settings }),
    ...settingsHandlers(deps),
  };
  const dispatcher = createDispatcher({
    handlers,
    sessions,
    clock,
    onInternalError: options.onInternalError ?? ((channel, error) => console.error(`[till] ${channel}:`, error)),
  });
  if (options.background ?? true) trust.start();
  // Past days' bookings never checked in become no-shows without anyone closing the day by hand.
  const stopDayClosing =
    (options.background ?? true)
      ? await startDayClosing({
          db,
          clock,
          onError: (error) =>
            (options.onInternalError ?? ((c, e) => console.error(`[till] ${c}:`, e)))('day-close', error),
        })
      : async () => {};
  // Short-lived tools (background off) must not start printing queued receipts.
  if (options.background ?? true) await devices.start();
  return {
    db,
    connection,
    dispatcher,
    sessions,
    events,
    clock,
    settings: () => settings,
    trust,
    devices,
    close: async () => {
      trust.stop();
      await stopDayClosing();
      await devices.close();
      await connection.close();
    },
  };
}
