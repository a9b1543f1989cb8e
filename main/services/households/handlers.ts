// Channel handlers for households: every view and change of a file is audited (ids only).
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { immediateTransaction } from '../../../db/transaction';
import type { Handlers } from '../../api/dispatcher';
import { invalidFields, notFound, TillError } from '../../api/errors';
import type { householdChannels } from '../../contract/households';
import { localDate } from '../../domain/calendar';
import { audit } from '../audit';
import { readSettings } from '../settings';
import { lookupCard } from './card-lookup';
import { renderCardPdf } from './card-pdf';
import { replaceCard } from './cards';
import { enrolHousehold, findDuplicates } from './enrol';
import { readHouseholdFile } from './file';
import { importHouseholds } from './import';
import { listOrganisations, updateOrganisation } from './organisations';
import { checkProxies, checkSuspension, periodToEnd, planRenewal } from './periods';
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
  const exists = async (householdId: number) => {
    const row = await db
      .selectFrom('households')
      .select('id')
      .where('id', '=', householdId)
      .where('anonymised_at', 'is', null)
      .executeTakeFirst();
    if (!row) throw notFound('household');
  };
  const record = (
    now: Date,
    userId: number | null,
    action: string,
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
      await exists(householdId);
      const { settings, today } = await context(ctx.now);
      const plan = await planRenewal(
        db,
        householdId,
        { validFrom, validUntil },
        { today, enrolmentMonths: settings.enrolmentMonths },
      );
      const userId = ctx.user?.id ?? null;
      const { id } = await db
        .insertInto('enrolments')
        .values({
          household_id: householdId,
          valid_from: plan.validFrom,
          valid_until: plan.validUntil,
          organisation_id: plan.organisationId,
          basis: plan.basis,
          social_worker_id: userId,
          kind: 'renewal',
          created_by: userId,
          created_at: ctx.now.toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await record(ctx.now, userId, 'household.renew', householdId, { enrolmentId: id });
      return { enrolmentId: id, validFrom: plan.validFrom, validUntil: plan.validUntil };
    },
    'households:suspend-household': async ({ householdId, reason, until }, ctx) => {
      await exists(householdId);
      const { today } = await context(ctx.now);
      const checked = checkSuspension(reason, until, today);
      const userId = ctx.user?.id ?? null;
      const { id } = await db
        .insertInto('suspensions')
        .values({
          household_id: householdId,
          reason: checked.reason,
          from_date: today,
          until_date: checked.until,
          created_by: userId,
          created_at: ctx.now.toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await record(ctx.now, userId, 'household.suspend', householdId, { suspensionId: id });
      return { suspensionId: id };
    },
    'households:update-household': async ({ householdId, details, confirmedDifferent }, ctx) => {
      const { settings, today } = await context(ctx.now);
      return updateHousehold(db, householdId, details, confirmedDifferent, {
        today,
        now: ctx.now,
        userId: ctx.user?.id ?? null,
        expiringDays: settings.expiringDays,
      });
    },
    'households:lift-suspension': async ({ householdId, suspensionId }, ctx) => {
      await exists(householdId);
      const { today } = await context(ctx.now);
      const suspension = await db
        .selectFrom('suspensions')
        .select(['id', 'until_date', 'lifted_on'])
        .where('id', '=', suspensionId)
        .where('household_id', '=', householdId)
        .executeTakeFirst();
      if (!suspension) throw notFound('suspension');
      // Lifting is for a suspension still running (or still to come); an old one stays as it was.
      if (suspension.lifted_on !== null || suspension.until_date < today)
        throw new TillError('refused', 'suspension-not-running', 'that suspension is already over');
      await db.updateTable('suspensions').set({ lifted_on: today }).where('id', '=', suspensionId).execute();
      await record(ctx.now, ctx.user?.id ?? null, 'household.suspension-lift', householdId, { suspensionId });
      return { suspensionId, liftedOn: today };
    },
    'households:end-enrolment': async ({ householdId, endedOn }, ctx) => {
      await exists(householdId);
      const target = await periodToEnd(db, householdId, endedOn);
      await db.updateTable('enrolments').set({ ended_on: target.endedOn }).where('id', '=', target.id).execute();
      await record(ctx.now, ctx.user?.id ?? null, 'household.end', householdId, { enrolmentId: target.id });
      return { enrolmentId: target.id };
    },
    'households:replace-card': async ({ householdId }, ctx) => {
      await exists(householdId);
      const { settings } = await context(ctx.now);
      const result = await immediateTransaction(db, (trx) =>
        replaceCard(trx, householdId, settings.cardPrefix, ctx.now.toISOString()),
      );
      await record(ctx.now, ctx.user?.id ?? null, 'household.card-replace', householdId, { cardId: result.cardId });
      return result;
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
    'households:set-proxies': async ({ householdId, proxies }, ctx) => {
      await exists(householdId);
      const { today } = await context(ctx.now);
      const checked = checkProxies(proxies, today);
      await immediateTransaction(db, async (trx) => {
        await trx.deleteFrom('proxies').where('household_id', '=', householdId).execute();
        for (const proxy of checked)
          await trx
            .insertInto('proxies')
            .values({ household_id: householdId, name: proxy.name, valid_until: proxy.validUntil })
            .execute();
      });
      await record(ctx.now, ctx.user?.id ?? null, 'household.proxies', householdId, { count: checked.length });
      return { count: checked.length };
    },
    'households:list-organisations': async ({ includeInactive }) => listOrganisations(db, includeInactive ?? false),
    'households:update-organisation': async (change, ctx) => {
      const { before } = await updateOrganisation(db, change);
      await audit(db, {
        at: ctx.now,
        userId: ctx.user?.id ?? null,
        action: 'organisation.update',
        entity: 'referring_organisation',
        entityId: change.id,
        details: {
          renamed: before.name !== change.name,
          kind: change.kind,
          active: change.active,
        },
      });
      return { id: change.id };
    },
    'households:add-organisation': async ({ name, kind }, ctx) => {
      if (await db.selectFrom('referring_organisations').select('id').where('name', '=', name).executeTakeFirst())
        throw invalidFields([{ path: 'name', code: 'name-in-use' }]);
      const { id } = await db
        .insertInto('referring_organisations')
        .values({ name, kind })
        .returning('id')
        .executeTakeFirstOrThrow();
      await audit(db, {
        at: ctx.now,
        userId: ctx.user?.id ?? null,
        action: 'organisation.add',
        entity: 'referring_organisation',
        entityId: id,
      });
      return { id };
    },
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
