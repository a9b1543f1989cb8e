// The coordinator's audit log: newest first, filtered by user, action and the shop's calendar days.
import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../main/app';
import type { AuditAction } from '../../../main/contract/audit-actions';
import { audit } from '../../../main/services/audit';
import { aTestApp, aUser, signIn } from '../../support/builders';

let app: App;
let session = '';
let coordinatorId = 0;
let workerId = 0;

beforeAll(async () => {
  app = await aTestApp();
  coordinatorId = (await aUser(app, ['coordinator'], 'Coord')).id;
  workerId = (await aUser(app, ['social-worker'], 'Worker')).id;
  session = await signIn(app, coordinatorId);
  // 23:30 UTC on the 20th is already the 21st in Brussels.
  const rows: [string, number, AuditAction, number][] = [
    ['2026-11-19T10:00:00Z', workerId, 'household.view', 1],
    ['2026-11-20T23:30:00Z', workerId, 'household.update', 1],
    ['2026-11-21T09:00:00Z', coordinatorId, 'products.update', 7],
    ['2026-11-22T09:00:00Z', workerId, 'household.view', 2],
  ];
  for (const [at, userId, action, entityId] of rows)
    await audit(app.db, { at: new Date(at), userId, action, entity: action.split('.')[0], entityId });
});

const list = async (input: Record<string, unknown>) => {
  const result = await app.dispatcher.call({ channel: 'audit:list-entries', input, session });
  if (!result.ok) throw new Error(result.error.message);
  return result.value as {
    entries: { action: string; at: string; userName: string | null; id: number }[];
    actions: string[];
  };
};

describe('audit log query', () => {
  it('filters by user, action prefix and Brussels days, newest first', async () => {
    const byWorker = await list({ userId: workerId });
    expect(byWorker.entries.map((e) => e.action)).toEqual(['household.view', 'household.update', 'household.view']);
    expect(byWorker.entries[0]?.userName).toBe('Worker');
    expect((await list({ action: 'household' })).entries).toHaveLength(3);
    const day21 = await list({ from: '2026-11-21', to: '2026-11-21' });
    expect(day21.entries.map((e) => e.action)).toEqual(['products.update', 'household.update']);
    expect(day21.actions).toEqual(expect.arrayContaining(['auth.login', 'household.view', 'products.update']));
  });

  it('pages by id', async () => {
    const first = await list({ limit: 2 });
    const next = await list({ limit: 2, beforeId: first.entries[1]?.id });
    expect(next.entries[0]?.id).toBeLessThan(first.entries[1]?.id ?? 0);
  });

  it('is for coordinators only', async () => {
    const worker = await signIn(app, workerId);
    const result = await app.dispatcher.call({ channel: 'audit:list-entries', input: {}, session: worker });
    expect(result.ok || result.error.code).toBe('forbidden');
  });
});
