// Fault-injection run for the hardware layer: `npx tsx test/bench/hardware-faults.ts`.
// 1. 100 printer faults (paper out, cover open, cable pulled; before or during a job) against the
//    real print-queue worker, serial transport and the ESC/POS emulator over a socat pty pair;
//    counts receipts that never came out whole.
// 2. Scanner replugs against the real HID driver with a fake device list and the default 1 s
//    poll; measures from replug to the first scan delivered.
// Prints one JSON line per figure, like the other benchmarks.

import { encodeReceipt } from '../../hardware/printer/escpos-encoder';
import { EscPosPrinter } from '../../hardware/printer/escpos-printer';
import { MemoryPrintQueue } from '../../hardware/printer/memory-print-queue';
import { PrintQueueWorker } from '../../hardware/printer/print-queue';
import { SerialTransport } from '../../hardware/printer/serial-transport';
import { FakeHidModule } from '../../hardware/scanner/fake-hid-module';
import { encodeHidPosReports } from '../../hardware/scanner/hid-pos-codec';
import { HidScanner } from '../../hardware/scanner/hid-scanner';
import { startPtyPair } from '../support/printer-emulator/pty-pair';
import { SerialPrinterEmulator } from '../support/printer-emulator/serial-emulator';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// A fixed-seed generator so two runs inject the same faults.
let seed = 20261129;
function random(): number {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
}

type Fault = 'paper-out' | 'cover-open' | 'port-closed';
const faults: Fault[] = ['paper-out', 'cover-open', 'port-closed'];
const profile = { columns: 48, codePage: 'cp858' } as const;

async function printerFaults(
  count: number,
): Promise<{ lost: number; duplicates: number; attempts: number; faultedJobs: number }> {
  const pair = await startPtyPair();
  const emulator = new SerialPrinterEmulator(pair.printerPath);
  await emulator.open();
  const printer = new EscPosPrinter(new SerialTransport({ path: pair.tillPath, baudRate: 115200 }), {
    statusMs: 100,
    printMs: 2000,
  });
  const queue = new MemoryPrintQueue();
  let faulted = false;
  let generation = 0;
  // Only the fault of the current round is cleared: a late timer must not clear the next one early.
  const recover = async (round = generation) => {
    if (!faulted || round !== generation) return;
    faulted = false;
    emulator.emulator.clear();
    if (!emulator.transport.isOpen) await emulator.reconnect();
    worker.wake();
  };
  const worker = new PrintQueueWorker(queue, printer, {
    profile,
    idleMs: 20,
    backoff: { initialMs: 10, maxMs: 200 },
    // The shop volunteer loads paper or plugs the cable back in a moment after the till notices.
    onState: (state) => {
      const round = generation;
      if (state.kind === 'waiting') setTimeout(() => void recover(round), 5 + random() * 20);
    },
  });
  worker.start();
  try {
    for (let n = 0; n < count; n++) {
      const document = {
        items: [
          { kind: 'text', text: `Ticket ${n} — Crème fraîche € 1,25`, align: 'center' },
          { kind: 'barcode', data: `T1-${n}` },
          { kind: 'cut' },
        ],
      } satisfies Parameters<typeof encodeReceipt>[0];
      const length = encodeReceipt(document, profile).length;
      const fault = faults[n % faults.length] ?? 'paper-out';
      const during = random() < 0.7;
      generation++;
      faulted = true;
      const started = performance.now();
      if (fault === 'port-closed') {
        if (during) emulator.closeAfter(1 + Math.floor(random() * (length - 2)));
        else await emulator.close();
      } else if (during) emulator.emulator.injectAfter(fault, 1 + Math.floor(random() * (length - 2)));
      else emulator.emulator.inject(fault);
      const id = queue.add({ document, isCopy: false });
      worker.wake();
      const deadline = Date.now() + 10_000;
      while (queue.jobs.find((j) => j.id === id)?.status !== 'printed' && Date.now() < deadline) await sleep(2);
      if (process.env.BENCH_VERBOSE) console.error(fault, during, Math.round(performance.now() - started));
      // A mid-job fault armed past the bytes actually sent never fired: disarm it.
      await recover();
    }
    await sleep(50);
  } finally {
    await worker.stop();
    await printer.close();
    await emulator.close();
    await pair.stop();
  }
  const printed = emulator.emulator.receipts.flatMap((r) => r.barcodes);
  const lost = queue.jobs.filter((j) => !printed.includes(`T1-${j.id - 1}`)).length;
  const attempts = queue.jobs.reduce((sum, j) => sum + j.attempts, 0);
  // Every job had a fault armed; a job with no failed attempt would mean the fault missed it.
  const faultedJobs = queue.jobs.filter((j) => j.attempts > 0).length;
  return { lost, duplicates: printed.length - new Set(printed).size, attempts, faultedJobs };
}

async function scannerReplug(times: number): Promise<number[]> {
  const device = { path: '/dev/hidraw3', vendorId: 0x0c2e, productId: 0x0b87, usagePage: 0x8c, usage: 2 };
  const hid = new FakeHidModule([device]);
  const scanner = new HidScanner(hid, { selection: { vendorId: 0x0c2e, productId: 0x0b87 }, mode: 'hid-pos' });
  let lastScan = 0;
  scanner.on('scan', () => {
    lastScan = performance.now();
  });
  await scanner.start();
  const resumes: number[] = [];
  for (let i = 0; i < times; i++) {
    hid.unplug(device.path);
    await sleep(200 + random() * 800); // unplugged for a moment, at any phase of the poll
    const plugged = performance.now();
    hid.plug(device);
    // The cashier keeps scanning until the till beeps.
    while (!hid.send(device.path, encodeHidPosReports('5449000000996', ']E0'))) await sleep(5);
    resumes.push(lastScan - plugged);
  }
  await scanner.stop();
  return resumes;
}

const printerResult = await printerFaults(100);
console.log(
  JSON.stringify({
    name: 'printer.receipts-lost',
    value: printerResult.lost,
    faults: 100,
    jobsHitByFault: printerResult.faultedJobs,
    duplicates: printerResult.duplicates,
    failedAttempts: printerResult.attempts,
  }),
);
const resumes = (await scannerReplug(10)).sort((a, b) => a - b);
console.log(
  JSON.stringify({
    name: 'scanner.replug-resume',
    unit: 'ms',
    value: Math.round(resumes.at(-1) ?? Number.NaN),
    p50: Math.round(resumes[Math.floor(resumes.length / 2)] ?? Number.NaN),
    replugs: resumes.length,
  }),
);
