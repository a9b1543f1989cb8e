import { describe, expect, it } from 'vitest';
import { FakeScanner } from '../../../hardware/scanner/fake-scanner';

describe('FakeScanner', () => {
  it('delivers pushed scans only while started and plugged in', async () => {
    const scanner = new FakeScanner();
    const events: string[] = [];
    scanner.on('scan', (s) => events.push(`scan ${s.code}`));
    scanner.on('connected', () => events.push('connected'));
    scanner.on('disconnected', () => events.push('disconnected'));
    expect(scanner.scan('1')).toBe(false);
    await scanner.start();
    scanner.scan('5449000000996', { symbology: 'ean13' });
    scanner.unplug();
    expect(scanner.scan('2')).toBe(false);
    scanner.plug();
    scanner.scan('3');
    await scanner.stop();
    expect(events).toEqual(['connected', 'scan 5449000000996', 'disconnected', 'connected', 'scan 3', 'disconnected']);
  });
});
