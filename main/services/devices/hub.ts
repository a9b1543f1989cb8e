// The DeviceHub the shells start: one scanner, one printer, the print queue worker and the status
// monitor, chosen from the device settings (or the fakes, in browser mode, practice and tests).
// Everything here is asynchronous and fault-tolerant: the main process never waits on a printer.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { FakePrinter, type PrinterFault } from '../../../hardware/printer/fake-printer';
import { type PrintQueueState, PrintQueueWorker } from '../../../hardware/printer/print-queue';
import type { ReceiptPrinter } from '../../../hardware/printer/printer';
import type { PrinterStatus } from '../../../hardware/printer/status';
import { PrinterStatusMonitor } from '../../../hardware/printer/status-monitor';
import { FakeScanner } from '../../../hardware/scanner/fake-scanner';
import type { BarcodeScanner, ScanEvent } from '../../../hardware/scanner/scanner';
import type { EventBus } from '../../api/event-bus';
import type { DeviceHealth, DeviceSettings, PrinterHealth } from '../../contract/devices';
import { realPrinter, realScanner } from './drivers';
import { readDeviceSettings } from './settings';
import { SqlitePrintQueue } from './sqlite-queue';

export interface DeviceHubOptions {
  db: Kysely<DB>;
  events: EventBus;
  now: () => Date;
  /** Use FakePrinter/FakeScanner whatever the settings say. */
  simulated: boolean;
  statusIntervalMs?: number;
  idleMs?: number;
  backoff?: { initialMs: number; maxMs: number };
}

export class DeviceHub {
  readonly queue: SqlitePrintQueue;
  /** Present only when simulated: lets the coordinator (and tests) drive faults. */
  readonly fakePrinter: FakePrinter | undefined;
  readonly fakeScanner: FakeScanner | undefined;
  #printer: ReceiptPrinter | undefined;
  #scanner: BarcodeScanner | undefined;
  #worker: PrintQueueWorker | undefined;
  #monitor: PrinterStatusMonitor | undefined;
  #unsubscribe: (() => void)[] = [];
  #state: PrintQueueState = { kind: 'idle' };
  #settings: DeviceSettings | undefined;
  /** Start, stop and restart run one after another: two at once would leave two print workers. */
  #lifecycle: Promise<void> = Promise.resolve();
  #closed = false;

  constructor(private readonly options: DeviceHubOptions) {
    this.queue = new SqlitePrintQueue(options.db, options.now);
    this.fakePrinter = options.simulated ? new FakePrinter() : undefined;
    this.fakeScanner = options.simulated ? new FakeScanner() : undefined;
  }

  get queueState(): PrintQueueState {
    return this.#state;
  }

  start(): Promise<void> {
    return this.#serial(async () => {
      if (!this.#closed) await this.#start();
    });
  }

  stop(): Promise<void> {
    return this.#serial(() => this.#stop());
  }

  /** New settings take effect at once: the drivers are rebuilt; queued jobs stay where they are. */
  restart(): Promise<void> {
    return this.#serial(async () => {
      await this.#stop();
      if (!this.#closed) await this.#start();
    });
  }

  /** For good (the app closes): waits for a restart under way, stops, and starts nothing after. */
  close(): Promise<void> {
    this.#closed = true;
    return this.stop();
  }

  #serial(step: () => Promise<void>): Promise<void> {
    const run = this.#lifecycle.then(step);
    this.#lifecycle = run.catch(() => undefined); // one failed step does not block the next
    return run;
  }

  async #start(): Promise<void> {
    // Never two workers on one queue: whatever a failed start left behind goes first.
    await this.#stop();
    const settings = await readDeviceSettings(this.options.db);
    this.#settings = settings;
    this.#printer = this.fakePrinter ?? (await realPrinter(settings.printer));
    this.#scanner = this.fakeScanner ?? (await realScanner(settings.scanner).catch(() => undefined));
    const printer = this.#printer;
    if (printer) {
      this.#monitor = new PrinterStatusMonitor(printer, this.options.statusIntervalMs ?? 2000);
      this.#unsubscribe.push(this.#monitor.on('change', () => void this.#emitPrinter()));
      this.#worker = new PrintQueueWorker(this.queue, printer, {
        profile: { columns: settings.columns, codePage: settings.codePage },
        ...(this.options.idleMs !== undefined ? { idleMs: this.options.idleMs } : {}),
        ...(this.options.backoff ? { backoff: this.options.backoff } : {}),
        onState: (state) => {
          this.#state = state;
          void this.#monitor?.check();
          void this.#emitPrinter();
        },
      });
      this.#worker.start();
      await this.#monitor.start();
    }
    const scanner = this.#scanner;
    if (scanner) {
      const status = () => this.options.events.emit('scanner:status', { connected: scanner.connected });
      this.#unsubscribe.push(
        scanner.on('scan', (scan: ScanEvent) =>
          this.options.events.emit('scanner:read', {
            code: scan.code,
            source: scan.source,
            ...(scan.symbology ? { symbology: scan.symbology } : {}),
          }),
        ),
        scanner.on('connected', status),
        scanner.on('disconnected', status),
      );
      await scanner.start().catch(() => undefined);
    }
  }

  async #stop(): Promise<void> {
    for (const off of this.#unsubscribe) off();
    this.#unsubscribe = [];
    await this.#worker?.stop();
    await this.#monitor?.stop();
    await this.#scanner?.stop().catch(() => undefined);
    await this.#printer?.close().catch(() => undefined);
    this.#worker = undefined;
    this.#monitor = undefined;
    this.#scanner = undefined;
    this.#printer = undefined;
  }

  /** A job was queued (sale, Z report, reprint) or the cashier pressed retry. */
  wake(): void {
    this.#worker?.wake();
    void this.#emitPrinter();
  }

  simulateFault(fault: PrinterFault | 'clear'): boolean {
    const printer = this.fakePrinter;
    if (!printer) return false;
    if (fault === 'clear') printer.clear();
    else printer.inject(fault);
    void this.#monitor?.check();
    this.#worker?.wake();
    return true;
  }

  async health(): Promise<DeviceHealth> {
    const scanner = this.#scanner;
    return {
      simulated: this.options.simulated,
      scanner: { configured: scanner !== undefined, connected: scanner?.connected ?? false },
      printer: printerHealth(this.#printer !== undefined, this.#monitor?.current),
      waitingJobs: await this.queue.waitingCount(),
    };
  }

  get settings(): DeviceSettings | undefined {
    return this.#settings;
  }

  async #emitPrinter(): Promise<void> {
    const health = printerHealth(this.#printer !== undefined, this.#monitor?.current);
    const waitingJobs = await this.queue.waitingCount().catch(() => 0);
    this.options.events.emit('printer:status', {
      online: health.reachable && health.online,
      paperOut: health.paperOut,
      paperNearEnd: health.paperNearEnd,
      coverOpen: health.coverOpen,
      waitingJobs,
    });
  }
}

export function printerHealth(configured: boolean, status: PrinterStatus | undefined): PrinterHealth {
  if (!status?.reachable)
    return { configured, reachable: false, online: false, paperOut: false, paperNearEnd: false, coverOpen: false };
  return {
    configured,
    reachable: true,
    online: status.online,
    paperOut: status.paperEnd,
    paperNearEnd: status.paperNearEnd,
    coverOpen: status.coverOpen,
  };
}
