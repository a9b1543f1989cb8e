import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../main/api/clock';
import type { App } from '../../../main/app';
import { aTestApp, aUser, signIn } from '../../support/builders';
import { ReportFixture } from '../../support/report-builders';
import { buildMarch2026 } from './march-2026';

let app: App;
let coordinator: string;
let cashier: string;
beforeAll(async () => {
  app = await aTestApp({ clock: fixedClock('2026-03-20T10:00:00Z') });
  buildMarch2026(new ReportFixture(app.connection.raw));
  coordinator = await signIn(app, (await aUser(app, ['coordinator'], 'Coordinator', '1357')).id, '1357');
  cashier = await signIn(app, (await aUser(app, ['cashier'], 'Cashier', '2468')).id, '2468');
});
afterAll(async () => app.close());

const call = (channel: string, input: unknown, session: string) => app.dispatcher.call({ channel, input, session });

describe('report channels', () => {
  it('gives figures with comparisons and labels to coordinators only', async () => {
    const result = await call('reports:get-monthly', { month: '2026-03', lang: 'fr' }, coordinator);
    if (!result.ok) throw new Error(result.error.message);
    const value = result.value as {
      previous: { month: string };
      lastYear: { month: string };
      labels: { figures: Record<string, string> };
    };
    expect(value.previous.month).toBe('2026-02');
    expect(value.lastYear.month).toBe('2025-03');
    expect(value.labels.figures.served).toBe('Ménages servis');
    const refused = await call('reports:get-monthly', { month: '2026-03', lang: 'nl' }, cashier);
    expect(refused.ok).toBe(false);
  });

  it('refuses to close a month that is not over, and a future date in the time log', async () => {
    const close = await call('reports:close-month', { month: '2026-03' }, coordinator);
    expect(close.ok ? null : close.error.reason).toBe('month-not-over');
    const future = await call(
      'reports:log-time',
      { userId: 1, workDate: '2026-03-21', minutes: 60, activity: 'transport' },
      coordinator,
    );
    expect(future.ok ? null : future.error.reason).toBe('date-in-future');
    const logged = await call(
      'reports:log-time',
      { userId: 1, workDate: '2026-03-19', minutes: 60, activity: 'transport' },
      coordinator,
    );
    expect(logged.ok).toBe(true);
  });

  it('exports as base64 bytes for a download link', async () => {
    const result = await call(
      'reports:export-monthly',
      { month: '2026-03', format: 'csv', lang: 'nl', csvStyle: 'rfc4180' },
      coordinator,
    );
    if (!result.ok) throw new Error(result.error.message);
    const file = result.value as { fileName: string; base64: string };
    expect(file.fileName).toBe('report-2026-03.csv');
    expect(Buffer.from(file.base64, 'base64').toString('utf8')).toContain('coproduction,loggedHours,,5.5');
  });
});
