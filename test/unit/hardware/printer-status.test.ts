import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DLE_EOT,
  decodeStatus,
  describeStatus,
  encodeStatus,
  isReadyToPrint,
  isStatusByte,
  type PrinterCondition,
} from '../../../hardware/printer/status';

describe('DLE EOT status', () => {
  it('sends DLE EOT n', () => {
    expect([...DLE_EOT(4)]).toEqual([0x10, 0x04, 0x04]);
  });

  it('decodes the bytes an Epson printer answers (fixed bits 0x12)', () => {
    // Ready: 0x12 to every request.
    expect(decodeStatus(0x12, 0x12, 0x12, 0x12)).toEqual({
      online: true,
      coverOpen: false,
      paperEnd: false,
      paperNearEnd: false,
      error: false,
    });
    // Cover open: offline (bit 3 of n=1), cover (bit 2 of n=2).
    expect(decodeStatus(0x1a, 0x16, 0x12, 0x12)).toMatchObject({ online: false, coverOpen: true });
    // Paper end: bit 5 of n=2 and bits 5–6 of n=4; near end alone: bits 2–3 of n=4.
    expect(decodeStatus(0x1a, 0x32, 0x12, 0x7e)).toMatchObject({ paperEnd: true, paperNearEnd: true });
    expect(decodeStatus(0x12, 0x12, 0x12, 0x1e)).toMatchObject({ paperEnd: false, paperNearEnd: true, online: true });
    // Autocutter error: bit 3 of n=3.
    expect(decodeStatus(0x1a, 0x52, 0x1a, 0x12).error).toBe(true);
  });

  it('recognises status bytes among other traffic', () => {
    expect(isStatusByte(0x12)).toBe(true);
    expect(isStatusByte(0x7e)).toBe(true);
    expect(isStatusByte(0x41)).toBe(false);
  });

  it('round-trips every condition through the emulator encoding', () => {
    fc.assert(
      fc.property(
        fc.record({
          online: fc.boolean(),
          coverOpen: fc.boolean(),
          paperEnd: fc.boolean(),
          paperNearEnd: fc.boolean(),
          error: fc.boolean(),
        }),
        (c: PrinterCondition) => {
          const decoded = decodeStatus(...encodeStatus(c));
          expect(decoded.coverOpen).toBe(c.coverOpen);
          expect(decoded.paperEnd).toBe(c.paperEnd);
          expect(decoded.error).toBe(c.error);
          expect(decoded.online).toBe(c.online && !c.coverOpen && !c.paperEnd && !c.error);
        },
      ),
    );
  });

  it('says whether a job can go and why not', () => {
    expect(isReadyToPrint({ reachable: false, reason: 'timeout' })).toBe(false);
    expect(describeStatus({ reachable: true, ...decodeStatus(0x12, 0x12, 0x12, 0x1e) })).toBe('paper low');
  });
});
