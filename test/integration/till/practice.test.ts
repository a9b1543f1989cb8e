import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../../main/app';
import { readSettings, writeSetting } from '../../../main/services/settings';
import { practiceDbPath, preparePracticeDb } from '../../../main/shell/practice';
import { aProduct, aTestApp } from '../../support/builders';
import { aTillCaller } from '../../support/till-builders';

describe('practice mode', () => {
  it('is a separate demo database, marked practice, created once', async () => {
    // A data folder that does not exist yet, as on a new machine.
    const dir = join(mkdtempSync(join(tmpdir(), 'till-practice-')), 'social-grocery-till');
    const path = practiceDbPath(dir);
    expect(path).not.toBe(join(dir, 'till.db'));
    const pins = await preparePracticeDb(path, new Date('2026-11-24T10:00:00Z'));
    expect(pins).toMatch(/cashier — \d{4}/);
    const app = await createApp({ dbPath: path });
    try {
      expect((await readSettings(app.db)).practiceMode).toBe(true);
      expect((await readSettings(app.db)).walkInPolicy).toBe('allowed');
      const { n } = app.connection.raw.prepare('select count(*) n from sales').get() as { n: number };
      expect(n).toBeGreaterThan(0);
      // A second start keeps the trainee's database as it is and prints no new PINs; a practice
      // file whose policy was left otherwise takes walk-ins again.
      await writeSetting(app.db, 'walkInPolicy', 'if-room');
      await app.close();
      expect(await preparePracticeDb(path)).toBeNull();
      const again = await createApp({ dbPath: path });
      const after = again.connection.raw.prepare('select count(*) n from sales').get() as { n: number };
      expect(after.n).toBe(n);
      expect((await readSettings(again.db)).walkInPolicy).toBe('allowed');
      await again.close();
    } finally {
      await app.close().catch(() => {});
    }
  }, 120_000);

  it("refuses to turn the shop's own database into a practice one, and leaves it as it was", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'till-practice-real-'));
    const real = join(dir, 'till.db');
    const shop = await createApp({ dbPath: real });
    await aProduct(shop, { nameNl: 'Echte rijst' });
    await shop.close();
    await expect(preparePracticeDb(real)).rejects.toThrow(/not a practice database/);
    const after = await createApp({ dbPath: real });
    try {
      expect((await readSettings(after.db)).practiceMode).toBe(false);
      expect(after.connection.raw.prepare('select count(*) n from products').get()).toEqual({ n: 1 });
    } finally {
      await after.close();
    }
    // Given the shop's database on the command line, practice uses the file beside it.
    expect(practiceDbPath(dir)).toBe(join(dir, 'practice.db'));
  });

  it('shows practice on the till and prints it on the receipt', async () => {
    const app = await aTestApp();
    try {
      await writeSetting(app.db, 'practiceMode', true);
      const { call } = await aTillCaller(app);
      await aProduct(app, { socialCents: 200, barcode: '5400000000011' });
      expect((await call('till:open-shift', { counts: {} })).practice).toBe(true);
      await call('till:scan-product', { code: '5400000000011' });
      await call('till:pay', { tenders: [{ method: 'card' }] });
      const job = await app.db.selectFrom('print_jobs').select('payload').executeTakeFirstOrThrow();
      expect(job.payload).toMatch(/PRACTICE|OEFENING|EXERCICE/);
    } finally {
      await app.close();
    }
  });
});
