// The trust channels: audit log, backups, integrity, retention and a household's own data export.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { rawSync } from '../../../db/sync-transaction';
import type { Handlers } from '../../api/dispatcher';
import { invalidFields, notFound, TillError } from '../../api/errors';
import type { Language } from '../../contract/money';
import { addDays, localDateTimeToUtc } from '../../domain/calendar';
import { audit } from '../audit';
import { auditActions, listAuditEntries } from '../audit-query';
import { readSettings, writeSetting } from '../settings';
import { backupFolderProblem } from './backup';
import { deriveKey } from './crypto';
import { collectHouseholdData, householdPdf, type PdfLabels } from './export';
import { anonymiseHouseholds, retentionCandidates, retentionCutoff } from './retention';
import type { TrustService } from './service';

type TrustHandlers = Pick<
  Handlers,
  | 'audit:list-entries'
  | 'backup:get-status'
  | 'backup:run-now'
  | 'backup:set-config'
  | 'integrity:get-status'
  | 'integrity:run-now'
  | 'retention:preview'
  | 'retention:run'
  | 'households:export-own-data'
>;

const pdfLabels: Record<Language, PdfLabels> = {
  nl: {
    title: 'Uw gegevens bij de sociale kruidenier',
    exportedAt: 'Opgemaakt op',
    household: 'Gezin',
    members: 'Gezinsleden',
    enrolments: 'Inschrijvingen',
    cards: 'Klantenkaarten',
    proxies: 'Volmachten',
    appointments: 'Afspraken',
    sales: 'Aankopen',
    none: 'Geen',
  },
  fr: {
    title: "Vos données à l'épicerie sociale",
    exportedAt: 'Établi le',
    household: 'Ménage',
    members: 'Membres du ménage',
    enrolments: 'Inscriptions',
    cards: 'Cartes client',
    proxies: 'Procurations',
    appointments: 'Rendez-vous',
    sales: 'Achats',
    none: 'Aucun',
  },
  en: {
    title: 'Your data at the social grocery',
    exportedAt: 'Made on',
    household: 'Household',
    members: 'Members',
    enrolments: 'Enrolments',
    cards: 'Client cards',
    proxies: 'Proxies',
    appointments: 'Appointments',
    sales: 'Purchases',
    none: 'None',
  },
};

export function trustHandlers({ db, trust }: { db: Kysely<DB>; trust: TrustService }): TrustHandlers {
  return {
    'audit:list-entries': async (input) => {
      const settings = await readSettings(db);
      const entries = await listAuditEntries(db, {
        userId: input.userId,
        action: input.action,
        fromUtc: input.from ? localDateTimeToUtc(input.from, '00:00', settings.timeZone).toISOString() : undefined,
        toUtc: input.to
          ? localDateTimeToUtc(addDays(input.to, 1), '00:00', settings.timeZone).toISOString()
          : undefined,
        beforeId: input.beforeId,
        limit: input.limit,
      });
      const users = await db.selectFrom('users').select(['id', 'name']).orderBy('name').execute();
      return { entries, actions: await auditActions(db), users, timeZone: settings.timeZone };
    },
    'backup:get-status': () => trust.status(),
    'backup:run-now': async (_input, ctx) => {
      const record = await trust.runBackup('manual');
      await audit(db, { at: ctx.now, userId: ctx.user?.id ?? null, action: 'backup.run', details: { ok: record.ok } });
      return record;
    },
    'backup:set-config': async (input, ctx) => {
      // The folder must be there now (the stick plugged in): it is never created, see backupFolderProblem.
      const problem = backupFolderProblem(input.folder);
      if (problem) throw invalidFields([{ path: 'folder', code: problem }]);
      await writeSetting(db, 'backupFolder', input.folder);
      await writeSetting(db, 'backupIntervalHours', input.intervalHours);
      if (input.passphrase !== undefined) {
        await db.deleteFrom('backup_key').execute();
        if (input.passphrase !== null) {
          const key = deriveKey(input.passphrase);
          await db
            .insertInto('backup_key')
            .values({
              id: 1,
              salt: key.salt.toString('base64'),
              key: key.key.toString('base64'),
              created_at: ctx.now.toISOString(),
            })
            .execute();
        }
        await writeSetting(db, 'backupPassphraseSet', input.passphrase !== null);
      }
      await audit(db, {
        at: ctx.now,
        userId: ctx.user?.id ?? null,
        action: 'settings.backup',
        details: { intervalHours: input.intervalHours, passphraseChanged: input.passphrase !== undefined },
      });
      return {};
    },
    'integrity:get-status': () => trust.integrity,
    'integrity:run-now': () => trust.runIntegrity(),
    'retention:preview': async (_input, ctx) => {
      const settings = await readSettings(db);
      const cutoff = retentionCutoff(ctx.now, settings.retentionMonths);
      return {
        retentionMonths: settings.retentionMonths,
        cutoff,
        households: await rawSync(db, (raw) => retentionCandidates(raw, cutoff)),
      };
    },
    'retention:run': async (_input, ctx) => {
      const settings = await readSettings(db);
      const cutoff = retentionCutoff(ctx.now, settings.retentionMonths);
      // Picked and anonymised under one hold of the connection, never inside another call's transaction.
      const anonymised = await rawSync(db, (raw) =>
        anonymiseHouseholds(
          raw,
          retentionCandidates(raw, cutoff).map((c) => c.householdId),
          ctx.now,
        ),
      );
      await audit(db, {
        at: ctx.now,
        userId: ctx.user?.id ?? null,
        action: 'retention.anonymise',
        details: { households: anonymised },
      });
      return { anonymised };
    },
    'households:export-own-data': async (input, ctx) => {
      const data = await rawSync(db, (raw) =>
        raw.transaction(() => collectHouseholdData(raw, input.householdId, ctx.now)).deferred(),
      );
      if (!data) throw notFound('household');
      if (data.household.anonymised_at !== null)
        throw new TillError(
          'refused',
          'household-anonymised',
          'this household was anonymised: no personal data is left',
        );
      await audit(db, {
        at: ctx.now,
        userId: ctx.user?.id ?? null,
        action: 'household.export',
        entity: 'household',
        entityId: input.householdId,
        details: { format: input.format },
      });
      const base = `household-${input.householdId}-${ctx.now.toISOString().slice(0, 10)}`;
      if (input.format === 'json')
        return {
          fileName: `${base}.json`,
          mime: 'application/json',
          base64: Buffer.from(JSON.stringify(data, null, 2)).toString('base64'),
        };
      const lang = ctx.user?.language ?? 'nl';
      const pdf = await householdPdf(data, pdfLabels[lang]);
      return { fileName: `${base}.pdf`, mime: 'application/pdf', base64: pdf.toString('base64') };
    },
  };
}
