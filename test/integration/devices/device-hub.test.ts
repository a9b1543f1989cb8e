// The DeviceHub over the real SQLite print_jobs table: receipts survive printer faults, print in
// order, and the cashier's retry/skip/reprint act on the same queue.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../../main/app';
import type { EventName } from '../../../main/contract/events';
import { DeviceHub } from '../../../main/services/devices/hub';
import { aTestApp, aUser, signIn } from '../../support/builders';
import { emulate } from '../../support/printer-emulator/emulator';

const receipt = (n: number) => ({
  items: [
    { kind: 'text' as const, text: `Ticket ${n}` },
    { kind: 'barcode' as const, data: `T-${n}` },
    { kind: 'cut' as const },
  ],
});

let app: App;
let hub: DeviceHub;
const seen: { name: EventName; payload: unknown }[] = [];

beforeEach(async () => {
  app = await aTestApp();
  seen.length = 0;
  app.events.subscribe((name, payload) => seen.push({ name, payload }));
  hub = new DeviceHub({
    db: app.db,
    events: app.events,
    now: () => app.clock.now(),
    simulated: true,
    statusIntervalMs: 20,
    idleMs: 10,
    backoff: { initialMs: 2, maxMs: 10 },
  });
  await hub.start();
});
afterEach(async () => {
  await hub.stop();
  await app.close();
});

const printedBarcodes = () => emulate(hub.fakePrinter?.printed ?? []).receipts.flatMap((r) => r.barcodes);

describe('DeviceHub with the fake printer', () => {
  it('loses no receipt over 100 injected faults, and prints them in order', async () => {
    const printer = hub.fakePrinter;
    if (!printer) throw new Error('no fake printer');
    const faults = ['paper-out', 'cover-open', 'offline', 'port-closed'] as const;
    const started = performance.now();
    for (let n = 1; n <= 100; n++) {
      await hub.queue.enqueue('receipt', receipt(n));
      const fault = faults[n % faults.length] ?? 'paper-out';
      // Alternate a fault before the job with one halfway through it.
      if (n % 2 === 0) printer.inject(fault);
      else printer.failDuringNextJob(fault);
      hub.wake();
      await expect.poll(() => hub.queueState.kind === 'waiting' || printer.printed.length >= n).toBe(true);
      printer.clear();
      hub.wake();
      await expect.poll(() => printer.printed.length, { timeout: 5000 }).toBe(n);
    }
    const elapsed = performance.now() - started;
    expect(await hub.queue.waitingCount()).toBe(0);
    const barcodes = printedBarcodes();
    expect(barcodes).toEqual(Array.from({ length: 100 }, (_, i) => `T-${i + 1}`));
    const lost = 100 - new Set(barcodes).size;
    console.log(
      JSON.stringify({
        name: 'devices.faults',
        injected: 100,
        lost,
        spoiled: printer.spoiled.length,
        ms: Math.round(elapsed),
      }),
    );
    expect(lost).toBe(0);
  });

  it('keeps a receipt waiting while the paper is out, and pushes printer:status both ways', async () => {
    hub.simulateFault('paper-out');
    const id = await hub.queue.enqueue('receipt', receipt(1));
    hub.wake();
    await expect.poll(async () => (await hub.queue.waiting())[0]?.lastError).toBe('paper out');
    const health = await hub.health();
    expect(health.printer.paperOut).toBe(true);
    expect(health.waitingJobs).toBe(1);
    expect(seen.some((e) => e.name === 'printer:status' && (e.payload as { paperOut: boolean }).paperOut)).toBe(true);
    hub.simulateFault('clear');
    await expect.poll(() => hub.queue.isPending(id)).toBe(false);
    await expect
      .poll(() => seen.filter((e) => e.name === 'printer:status').at(-1)?.payload)
      .toMatchObject({ paperOut: false, waitingJobs: 0 });
  });

  it('Z reports and labels go through the same queue in order', async () => {
    hub.simulateFault('offline');
    await hub.queue.enqueue('receipt', receipt(1));
    await hub.queue.enqueue('z-report', receipt(2));
    await hub.queue.enqueue('labels', receipt(3));
    expect((await hub.queue.waiting()).map((j) => j.kind)).toEqual(['receipt', 'z-report', 'labels']);
    hub.simulateFault('clear');
    await expect.poll(() => hub.queue.waitingCount()).toBe(0);
    expect(printedBarcodes()).toEqual(['T-1', 'T-2', 'T-3']);
  });

  it('skips a waiting job so the next one prints; an unreadable payload does not block the queue', async () => {
    hub.simulateFault('cover-open');
    const first = await hub.queue.enqueue('receipt', receipt(1));
    await app.db
      .insertInto('print_jobs')
      .values({ created_at: 'x', kind: 'receipt', payload: '{}', sale_id: null })
      .execute();
    await hub.queue.enqueue('receipt', receipt(3));
    expect(await hub.queue.skip(first)).toBe(true);
    expect(await hub.queue.skip(first)).toBe(false);
    hub.simulateFault('clear');
    await expect.poll(() => hub.queue.waitingCount()).toBe(0);
    expect(printedBarcodes()).toEqual(['T-3']);
    const statuses = await app.db.selectFrom('print_jobs').select('status').orderBy('id').execute();
    expect(statuses.map((s) => s.status)).toEqual(['skipped', 'failed', 'printed']);
  });

  it('pushes scanner reads and plug events', async () => {
    seen.length = 0;
    hub.fakeScanner?.unplug();
    hub.fakeScanner?.plug();
    hub.fakeScanner?.scan('5400000000001');
    expect(seen.filter((e) => e.name.startsWith('scanner:')).map((e) => e.name)).toEqual([
      'scanner:status',
      'scanner:status',
      'scanner:read',
    ]);
  });
});

describe('device channels', () => {
  it('a coordinator saves settings and reads health; reprint of an unknown sale is refused', async () => {
    const coordinator = await aUser(app, ['coordinator']);
    const session = await signIn(app, coordinator.id);
    const call = (channel: string, input: unknown) => app.dispatcher.call({ channel, input, session });
    const saved = await call('devices:save-settings', { printer: { kind: 'tcp', host: '10.0.0.9' }, columns: 32 });
    expect(saved).toMatchObject({ ok: true });
    expect(await call('devices:get-settings', {})).toMatchObject({
      ok: true,
      value: { printer: { kind: 'tcp', host: '10.0.0.9', port: 9100 }, columns: 32, codePage: 'cp858' },
    });
    expect(await call('devices:get-health', {})).toMatchObject({ ok: true, value: { waitingJobs: 0 } });
    expect(await call('print:reprint-sale', { saleId: 999 })).toMatchObject({
      ok: false,
      error: { reason: 'receipt-not-found' },
    });
    expect(await call('devices:simulate-printer-fault', { fault: 'paper-out' })).toMatchObject({
      ok: false,
      error: { reason: 'devices-not-simulated' },
    });
  });
});
