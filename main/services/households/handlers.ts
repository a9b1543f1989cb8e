// Channel handlers for households: every view and change of a file is audited (ids only).
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import type { Handlers } from '../../api/dispatcher';
import { notFound } from '../../api/errors';
import type { AuditAction } from '../../contract/audit-actions';
import type { householdChannels } from '../../contract/households';
import { localDate } from '../../domain/calendar';
import { audit } from '../audit';
import { readSettings } from '../settings';
import { lookupCard } from './card-lookup';
import { renderCardPdf } from './card-pdf';
import {
  endEnrolment,
  liftSuspension,
  renewEnrolment,
  replaceHouseholdCard,
  setProxies,
  suspendHousehold,
} from './changes';
import { enrolHousehold, findDuplicates } from './enrol';
import { readHouseholdFile } from './file';
import { importHouseholds } from './import';
import { addOrganisation, listOrganisations, updateOrganisation } from './organisations';
import { searchHouseholds } from './search';
import { summariseStatus } from './status-summary';
import { updateHousehold } from './update';

type HouseholdChannel = keyof typeof householdChannels;
type HouseholdHandlers = Pick<Handlers, HouseholdChannel>;

export function householdHandlers({ db }: { db: Kysely<DB> }): HouseholdHandlers {
  const context = async (now: Date) => {
    const settings = await readSettings(db);
    return { settings, today: localDate(now, settings.timeZone) };
  };
  const change = async (ctx: { now: Date; user: { id: number } | null }) => ({
    now: ctx.now,
    today: (await context(ctx.now)).today,
    userId: ctx.user?.id ?? null,
  });
  const record = (
    now: Date,
    userId: number | null,
    action: AuditAction,
    householdId?: number,
    details?: Record<string, number | string>,
  ) =>
    audit(db, {
      at: now,
      userId,
      action,
      entity: 'household',
      ...(householdId ? { entityId: householdId } : {}),
      ...(details ? { details } : {}),
    });

  return {
    'households:search-households': async ({ query }, ctx) => {
      const { settings, today } = await context(ctx.now);
      // A list of names is not a file: opening one is audited (household.view), typing a query is not.
      return searchHouseholds(db, query, today, settings);
    },
    'households:get-household': async ({ householdId }, ctx) => {
      const { settings, today } = await context(ctx.now);
      const file = await readHouseholdFile(db, householdId, today, settings.expiringDays);
      await record(ctx.now, ctx.user?.id ?? null, 'household.view', householdId);
      return file;
    },
    'households:check-duplicates': async ({ form, excludeHouseholdId }, ctx) => {
      const { settings, today } = await context(ctx.now);
      return findDuplicates(db, form, today, settings.expiringDays, excludeHouseholdId);
    },
    'households:enrol-household': async ({ form, confirmedDifferent }, ctx) => {
      const { settings, today } = await context(ctx.now);
      return enrolHousehold(db, form, confirmedDifferent, {
        today,
        now: ctx.now,
        userId: ctx.user?.id ?? null,
        expiringDays: settings.expiringDays,
        cardPrefix: settings.cardPrefix,
        enrolmentMonths: settings.enrolmentMonths,
      });
    },
    'households:renew-enrolment': async ({ householdId, validFrom, validUntil }, ctx) => {
      const { settings, today } = await context(ctx.now);
      return renewEnrolment(
        db,
        householdId,
        { validFrom, validUntil },
        { today, now: ctx.now, userId: ctx.user?.id ?? null, enrolmentMonths: settings.enrolmentMonths },
      );
    },
    'households:suspend-household': async ({ householdId, reason, until }, ctx) =>
      suspendHousehold(db, householdId, { reason, until }, await change(ctx)),
    'households:update-household': async ({ householdId, details, confirmedDifferent }, ctx) => {
      const { settings, today } = await context(ctx.now);
      return updateHousehold(db, householdId, details, confirmedDifferent, {
        today,
        now: ctx.now,
        userId: ctx.user?.id ?? null,
        expiringDays: settings.expiringDays,
      });
    },
    'households:lift-suspension': async ({ householdId, suspensionId }, ctx) =>
      liftSuspension(db, householdId, suspensionId, await change(ctx)),
    'households:end-enrolment': async ({ householdId, endedOn }, ctx) =>
      endEnrolment(db, householdId, endedOn, await change(ctx)),
    'households:replace-card': async ({ householdId }, ctx) => {
      const { settings } = await context(ctx.now);
      return replaceHouseholdCard(db, householdId, settings.cardPrefix, await change(ctx));
    },
    'households:card-pdf': async ({ householdId }, ctx) => {
      const { settings, today } = await context(ctx.now);
      const file = await readHouseholdFile(db, householdId, today, settings.expiringDays);
      const card = file.cards.find((c) => c.blockedAt === null);
      if (!card) throw notFound('card');
      const reference = file.members.find((m) => m.isReference);
      const pdf = await renderCardPdf({
        shopName: settings.shopName,
        firstName: reference?.firstName ?? '',
        number: card.number,
        validUntil: file.status.validUntil,
        language: file.language,
      });
      await record(ctx.now, ctx.user?.id ?? null, 'household.card-print', householdId, { cardId: card.id });
      return { pdfBase64: pdf.toString('base64') };
    },
    'households:set-proxies': async ({ householdId, proxies }, ctx) =>
      setProxies(db, householdId, proxies, await change(ctx)),
    'households:list-organisations': async ({ includeInactive }) => listOrganisations(db, includeInactive ?? false),
    'households:update-organisation': async (change, ctx) =>
      updateOrganisation(db, change, { now: ctx.now, userId: ctx.user?.id ?? null }),
    'households:add-organisation': async ({ name, kind }, ctx) =>
      addOrganisation(db, { name, kind }, { now: ctx.now, userId: ctx.user?.id ?? null }),
    'households:import-households': async ({ csvBase64, dryRun, validOnly }, ctx) => {
      const { settings, today } = await context(ctx.now);
      return importHouseholds(db, Buffer.from(csvBase64, 'base64'), {
        dryRun,
        validOnly,
        today,
        now: ctx.now,
        userId: ctx.user?.id ?? null,
        cardPrefix: settings.cardPrefix,
        defaultLanguage: settings.defaultLanguage,
        expiringDays: settings.expiringDays,
      });
    },
    'households:lookup-card': async ({ code }, ctx) => {
      const { settings, today } = await context(ctx.now);
      const result = await lookupCard(db, code, today, settings);
      if (result.kind !== 'household') return result;
      await record(ctx.now, ctx.user?.id ?? null, 'household.card-scan', result.householdId, { cardId: result.cardId });
      return { ...result, status: summariseStatus(result.status) };
    },
  };
}
