import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakePrinter } from '../../../hardware/printer/fake-printer';
import { describeStatus, type PrinterStatus } from '../../../hardware/printer/status';
import { PrinterStatusMonitor } from '../../../hardware/printer/status-monitor';

describe('printer status monitor', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('emits the first status and then only changes', async () => {
    const printer = new FakePrinter();
    const monitor = new PrinterStatusMonitor(printer, 1000);
    const seen: PrinterStatus[] = [];
    monitor.on('change', (s) => seen.push(s));
    await monitor.start();
    await vi.advanceTimersByTimeAsync(3000);
    printer.inject('paper-out');
    await vi.advanceTimersByTimeAsync(1000);
    printer.clear();
    await vi.advanceTimersByTimeAsync(2000);
    await monitor.stop();
    expect(seen.map(describeStatus)).toEqual(['ready', 'paper out', 'ready']);
  });
});
