// The printed Z report: its payments add up to its sales only with the cash rounding shown.
import { describe, expect, it } from 'vitest';
import type { ZReport } from '../../../main/contract/till';
import { zReportDocument } from '../../../main/services/till/z-document';

const report: ZReport = {
  shiftId: 7,
  tillId: 'till-1',
  openedAt: '2026-07-01T07:00:00.000Z',
  closedAt: '2026-07-01T15:05:00.000Z',
  sales: { count: 2, totalCents: 1504 },
  returns: { count: 0, totalCents: 0 },
  byMethod: { cash: 1005, card: 500 },
  voids: 0,
  cancels: 0,
  overrides: 0,
  roundingCents: 1,
  floatCents: 5000,
  expectedCents: 6005,
  countedCents: 6005,
  varianceCents: 0,
};

const texts = (doc: ReturnType<typeof zReportDocument>) =>
  doc.items.map((i) => (i.kind === 'text' ? i.text : i.kind === 'columns' ? `${i.left} | ${i.right}` : i.kind));

describe('the printed Z report', () => {
  it('shows the shift in the shop time (summer: UTC+2), the rounding, and who closed, in French', () => {
    const lines = texts(zReportDocument(report, 'fr', { name: 'Épicerie', timeZone: 'Europe/Brussels' }, 'Anna'));
    expect(lines).toContain('2026-07-01 09:00 - 2026-07-01 17:05');
    expect(lines.some((l) => l.startsWith('Arrondi espèces |'))).toBe(true);
    expect(lines).toContain('Clôturé par Anna');
  });

  it('leaves the rounding out when there was none', () => {
    const lines = texts(
      zReportDocument({ ...report, roundingCents: 0 }, 'nl', { name: 'Shop', timeZone: 'UTC' }, 'Bo'),
    );
    expect(lines.some((l) => l.startsWith('Afronding'))).toBe(false);
    expect(lines).toContain('2026-07-01 07:00 - 2026-07-01 15:05');
  });
});
