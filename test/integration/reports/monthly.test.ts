import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../main/app';
import { rowKey } from '../../../main/domain/report-figures';
import { reportMonth } from '../../../main/domain/report-month';
import { monthlyReport } from '../../../main/services/reports/monthly';
import { aTestApp } from '../../support/builders';
import { ReportFixture } from '../../support/report-builders';
import { buildMarch2026, expectedMarch2026 } from './march-2026';

let app: App;
beforeAll(async () => {
  app = await aTestApp();
  buildMarch2026(new ReportFixture(app.connection.raw));
});
afterAll(async () => app.close());

describe('report.monthly, March 2026 built by hand', () => {
  it('bounds the month at local midnights across the DST change', () => {
    expect(reportMonth('2026-03', 'Europe/Brussels')).toMatchObject({
      startUtc: '2026-02-28T23:00:00.000Z',
      endUtc: '2026-03-31T22:00:00.000Z',
      firstDay: '2026-03-01',
      lastDay: '2026-03-31',
    });
    expect(reportMonth('2026-10', 'Europe/Brussels').endUtc).toBe('2026-10-31T23:00:00.000Z');
  });

  it('computes every figure exactly', () => {
    const report = monthlyReport(app.connection.raw, '2026-03', 'Europe/Brussels');
    const actual = Object.fromEntries(report.rows.map((r) => [rowKey(r), r.value]));
    expect(actual).toEqual(expectedMarch2026);
  });

  it('labels breakdowns in the chosen language, never with a person', () => {
    const report = monthlyReport(app.connection.raw, '2026-03', 'Europe/Brussels', 'fr');
    const labels = report.rows.filter((r) => r.breakdown.startsWith('category:')).map((r) => r.label);
    expect(labels).toEqual(['Entretien', 'Légumes']);
    const organisations = report.rows.filter((r) => r.breakdown.startsWith('organisation:')).map((r) => r.label);
    expect(new Set(organisations)).toEqual(new Set(['OCMW Gent', 'CAW']));
    const methods = report.rows.filter((r) => r.breakdown.startsWith('method:')).map((r) => r.label);
    expect(new Set(methods)).toEqual(new Set(['Sur compte', 'Bancontact', 'Espèces', 'Bon']));
  });
});
