// The HID scanner driver against a fake device list: discovery, POS and keyboard mode, hot-plug.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeBootReports } from '../../../hardware/scanner/boot-keyboard-codec';
import { FakeHidModule } from '../../../hardware/scanner/fake-hid-module';
import { discoverScanners, findSelected, type HidDeviceInfo } from '../../../hardware/scanner/hid-module';
import { encodeHidPosReports } from '../../../hardware/scanner/hid-pos-codec';
import { HidScanner } from '../../../hardware/scanner/hid-scanner';
import type { ScanEvent } from '../../../hardware/scanner/scanner';

const posScanner: HidDeviceInfo = {
  path: '/dev/hidraw3',
  vendorId: 0x0c2e,
  productId: 0x0b87,
  usagePage: 0x8c,
  usage: 2,
};
const keyboardScanner: HidDeviceInfo = {
  path: '/dev/hidraw4',
  vendorId: 0x05e0,
  productId: 0x1200,
  usagePage: 1,
  usage: 6,
};
const mouse: HidDeviceInfo = { path: '/dev/hidraw0', vendorId: 0x046d, productId: 0xc077, usagePage: 1, usage: 2 };

describe('HID discovery', () => {
  it('offers POS scanners first, then keyboards, never mice', async () => {
    const found = await discoverScanners(new FakeHidModule([mouse, keyboardScanner, posScanner]));
    expect(found.map((d) => [d.path, d.mode])).toEqual([
      ['/dev/hidraw3', 'hid-pos'],
      ['/dev/hidraw4', 'keyboard'],
    ]);
  });

  it('finds the chosen scanner by vendor and product even when its path moved', () => {
    const moved = { ...posScanner, path: '/dev/hidraw9' };
    expect(findSelected([mouse, moved], { vendorId: 0x0c2e, productId: 0x0b87, path: '/dev/hidraw3' })?.path).toBe(
      '/dev/hidraw9',
    );
  });
});

describe('HID scanner driver', () => {
  let hid: FakeHidModule;
  let scans: ScanEvent[];
  let log: string[];
  let scanner: HidScanner;

  beforeEach(() => {
    vi.useFakeTimers();
    hid = new FakeHidModule([mouse, posScanner]);
    scans = [];
    log = [];
  });
  afterEach(async () => {
    await scanner.stop();
    vi.useRealTimers();
  });

  function make(settings: Partial<ConstructorParameters<typeof HidScanner>[1]> = {}) {
    scanner = new HidScanner(hid, {
      selection: { vendorId: posScanner.vendorId, productId: posScanner.productId },
      mode: 'hid-pos',
      pollIntervalMs: 1000,
      ...settings,
    });
    scanner.on('scan', (s) => scans.push(s));
    scanner.on('connected', (d) => log.push(`connected ${d.path}`));
    scanner.on('disconnected', (d) => log.push(`disconnected ${d.path}`));
    return scanner;
  }

  it('delivers POS-mode scans with symbology and device', async () => {
    await make().start();
    hid.send(posScanner.path, encodeHidPosReports('5449000000996', ']E0'));
    expect(scans).toEqual([{ code: '5449000000996', symbology: 'ean13', source: 'hid-pos', device: '/dev/hidraw3' }]);
  });

  it('delivers keyboard-mode scans through the configured layout', async () => {
    hid.plug(keyboardScanner);
    await make({ selection: { vendorId: 0x05e0, productId: 0x1200 }, mode: 'keyboard', layout: 'be' }).start();
    hid.send(keyboardScanner.path, encodeBootReports('5410013108009', 'be', 'enter'));
    expect(scans.map((s) => [s.code, s.source])).toEqual([['5410013108009', 'hid-keyboard']]);
  });

  it('notices an unplug, and resumes within one poll interval of the replug', async () => {
    await make().start();
    hid.unplug(posScanner.path);
    expect(log).toEqual(['connected /dev/hidraw3', 'disconnected /dev/hidraw3']);
    expect(scanner.connected).toBe(false);

    hid.plug(posScanner);
    await vi.advanceTimersByTimeAsync(1000);
    expect(scanner.connected).toBe(true);
    hid.send(posScanner.path, encodeHidPosReports('96385074', ']E4'));
    expect(scans.map((s) => s.code)).toEqual(['96385074']);
  });

  it('notices an unplug from the device list alone when the handle stays silent', async () => {
    await make().start();
    hid.unplug(posScanner.path, { handleErrors: false });
    await vi.advanceTimersByTimeAsync(1000);
    expect(log.at(-1)).toBe('disconnected /dev/hidraw3');
  });

  it('waits for a scanner that is not plugged in at start', async () => {
    hid.unplug(posScanner.path);
    await make().start();
    expect(scanner.connected).toBe(false);
    hid.plug({ ...posScanner, path: '/dev/hidraw7' });
    await vi.advanceTimersByTimeAsync(1000);
    expect(log).toEqual(['connected /dev/hidraw7']);
  });

  it('stops polling and closes on stop', async () => {
    await make().start();
    await scanner.stop();
    const opens = hid.opens;
    hid.unplug(posScanner.path);
    hid.plug(posScanner);
    await vi.advanceTimersByTimeAsync(5000);
    expect(hid.opens).toBe(opens);
    expect(log.at(-1)).toBe('disconnected /dev/hidraw3');
  });
});
