// Saving the device settings restarts the hub. Two or three saves at once (a double click, two
// screens) must leave exactly one print worker: two workers on one queue print every receipt twice.
// A restart that fails is answered, not thrown into the void; closing the app leaves no worker.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakePrinter } from '../../../hardware/printer/fake-printer';
import { PrintQueueWorker } from '../../../hardware/printer/print-queue';
import { PrinterStatusMonitor } from '../../../hardware/printer/status-monitor';
import { testReceipt } from '../../../hardware/printer/test-receipt';
import { fixedClock } from '../../../main/api/clock';
import { type App, createApp } from '../../../main/app';
import { testOnlyPinHashCost } from '../../../main/services/pin-hash';
import { aUser, signIn, tempDbPath } from '../../support/builders';

const settings = { scanner: { kind: 'none' }, printer: { kind: 'none' }, columns: 48, codePage: 'cp858' };
const live = new Set<PrintQueueWorker>();
let app: App;
let session = '';
const call = (channel: string, input: unknown) => app.dispatcher.call({ channel, input, session });

beforeEach(async () => {
  live.clear();
  const start = PrintQueueWorker.prototype.start;
  const stop = PrintQueueWorker.prototype.stop;
  vi.spyOn(PrintQueueWorker.prototype, 'start').mockImplementation(function (this: PrintQueueWorker) {
    live.add(this);
    return start.call(this);
  });
  vi.spyOn(PrintQueueWorker.prototype, 'stop').mockImplementation(function (this: PrintQueueWorker) {
    live.delete(this);
    return stop.call(this);
  });
  // A printer that takes a moment per page, as a real one does: two workers would both get a job.
  const print = FakePrinter.prototype.print;
  vi.spyOn(FakePrinter.prototype, 'print').mockImplementation(async function (this: FakePrinter, bytes) {
    await new Promise((resolve) => setTimeout(resolve, 5));
    return print.call(this, bytes);
  });
  app = await createApp({
    dbPath: tempDbPath('till-devices-'),
    clock: fixedClock('2026-11-24T09:30:00Z'),
    pinHashCost: testOnlyPinHashCost,
    simulatedHardware: true,
  });
  session = await signIn(app, (await aUser(app, ['coordinator'], 'Coord')).id);
});
afterEach(async () => {
  await app.close();
  vi.restoreAllMocks();
});

describe('saving the device settings', () => {
  it('three saves at once leave one print worker, every receipt prints once, and close stops it', async () => {
    expect(live.size).toBe(1);
    const saves = await Promise.all([1, 2, 3].map(() => call('devices:save-settings', settings)));
    expect(saves.map((s) => s.ok)).toEqual([true, true, true]);
    expect(live.size).toBe(1);
    const doc = testReceipt('Shop', { columns: 48, codePage: 'cp858' }, 'nl');
    for (let i = 0; i < 40; i++) await app.devices.queue.enqueue('test', doc);
    app.devices.wake();
    await expect.poll(() => app.devices.queue.waitingCount(), { timeout: 10_000 }).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 100)); // a second worker would still be printing
    expect(app.devices.fakePrinter?.printed.length).toBe(40);
    await app.close();
    expect(live.size).toBe(0);
  });

  it('a restart that fails still answers the save, and the next save starts the worker again', async () => {
    const monitorStart = PrinterStatusMonitor.prototype.start;
    const failing = vi.spyOn(PrinterStatusMonitor.prototype, 'start').mockRejectedValueOnce(new Error('port gone'));
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const saved = await call('devices:save-settings', settings);
    expect(saved.ok).toBe(true);
    expect(errors).toHaveBeenCalledWith('[till] devices: restart failed', expect.any(Error));
    failing.mockImplementation(monitorStart);
    expect((await call('devices:save-settings', settings)).ok).toBe(true);
    expect(live.size).toBe(1);
  });
});
