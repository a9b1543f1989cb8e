// The coordinator's list of referring organisations, two saves at once: the name check runs in the
// write transaction, so the second save gets the "name already on the list" field error, not a
// generic failure from the database's UNIQUE constraint.
import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../../main/app';
import { aTestApp } from '../../support/builders';
import { aCaller } from '../../support/household-builders';

let app: App;
afterEach(async () => app?.close());

const nameInUse = { code: 'invalid-input', reason: 'invalid-fields', fields: [{ path: 'name', code: 'name-in-use' }] };

describe('organisations saved at once', () => {
  it('the same name added twice at once: one is added, the other is told the name is in use', async () => {
    app = await aTestApp();
    const { call } = await aCaller(app, ['coordinator']);
    const org = { name: 'CAW Oost', kind: 'caw' };
    const results = await Promise.all([
      call('households:add-organisation', org),
      call('households:add-organisation', org),
    ]);
    expect(results.map((r) => r.ok).sort()).toEqual([false, true]);
    expect(results.find((r) => !r.ok)?.error).toMatchObject(nameInUse);
    const rows = await app.db
      .selectFrom('referring_organisations')
      .select('id')
      .where('name', '=', 'CAW Oost')
      .execute();
    expect(rows).toHaveLength(1);
    const audited = await app.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'organisation.add')
      .execute();
    expect(audited).toHaveLength(1);
  });

  it('two organisations renamed to the same name at once: one is renamed, the other gets the field error', async () => {
    app = await aTestApp();
    const { call } = await aCaller(app, ['coordinator']);
    const ids = [];
    for (const name of ['CAW West', 'CAW Zuid'])
      ids.push(((await call('households:add-organisation', { name, kind: 'caw' })).value as { id: number }).id);
    const results = await Promise.all(
      ids.map((id) => call('households:update-organisation', { id, name: 'CAW Centrum', kind: 'caw', active: true })),
    );
    expect(results.map((r) => r.ok).sort()).toEqual([false, true]);
    expect(results.find((r) => !r.ok)?.error).toMatchObject(nameInUse);
    const audited = await app.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'organisation.update')
      .execute();
    expect(audited).toHaveLength(1);
  });
});
