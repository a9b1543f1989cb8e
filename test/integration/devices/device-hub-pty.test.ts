// The DeviceHub with real (non-simulated) settings: the serial printer on one end of a socat pty
// pair, the printer emulator on the other. A receipt queued while the paper is out prints once the
// paper is back, and a reprint carries its COPY line.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeviceHub } from '../../../main/services/devices/hub';
import { saveDeviceSettings } from '../../../main/services/devices/settings';
import { aTestApp } from '../../support/builders';
import { type PtyPair, startPtyPair } from '../../support/printer-emulator/pty-pair';
import { SerialPrinterEmulator } from '../../support/printer-emulator/serial-emulator';

let pair: PtyPair;
beforeAll(async () => {
  pair = await startPtyPair();
});
afterAll(async () => {
  await pair?.stop();
});

describe('DeviceHub over a pty pair', () => {
  it('prints queued receipts in order after paper out, then a COPY', async () => {
    const app = await aTestApp();
    const emulator = new SerialPrinterEmulator(pair.printerPath);
    await emulator.open();
    await saveDeviceSettings(app.db, {
      printer: { kind: 'serial', path: pair.tillPath, baudRate: 115200 },
      scanner: { kind: 'none' },
      columns: 32,
      codePage: 'wpc1252',
    });
    const hub = new DeviceHub({
      db: app.db,
      events: app.events,
      now: () => app.clock.now(),
      simulated: false,
      statusIntervalMs: 100,
      idleMs: 20,
      backoff: { initialMs: 20, maxMs: 100 },
    });
    try {
      emulator.emulator.inject('paper-out');
      await hub.start();
      const doc = (n: number) => ({
        items: [
          { kind: 'text' as const, text: `Crème fraîche ${n}` },
          { kind: 'barcode' as const, data: `S-${n}` },
          { kind: 'cut' as const },
        ],
      });
      await hub.queue.enqueue('receipt', doc(1));
      await hub.queue.enqueue('z-report', doc(2));
      hub.wake();
      await expect.poll(async () => (await hub.health()).printer.paperOut, { timeout: 5000 }).toBe(true);
      expect(await hub.queue.waitingCount()).toBe(2);
      emulator.emulator.clear();
      await expect.poll(() => hub.queue.waitingCount(), { timeout: 10_000 }).toBe(0);
      await hub.queue.enqueue('receipt', doc(1), { isCopy: true });
      hub.wake();
      await expect.poll(() => hub.queue.waitingCount(), { timeout: 10_000 }).toBe(0);
      const receipts = emulator.emulator.receipts;
      expect(receipts.flatMap((r) => r.barcodes)).toEqual(['S-1', 'S-2', 'S-1']);
      expect(receipts[0]?.lines[0]).toBe('Crème fraîche 1');
      expect(receipts[2]?.lines[0]).toBe('COPY');
    } finally {
      await hub.stop();
      await emulator.close();
      await app.close();
    }
  });
});
