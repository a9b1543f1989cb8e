// Households and enrolment (issue 4). Social workers and coordinators see the file; the cashier only
// ever gets `households:lookup-card` — first name, counts, status, proxies — never surname, address,
// referral basis or notes.
import { z } from 'zod';
import { channel } from './define';
import { languageSchema } from './money';

const id = z.number().int().positive();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const staff = ['social-worker', 'coordinator'] as const;

export const organisationKinds = ['ocmw-cpas', 'caw', 'debt-counselling', 'other'] as const;
export const enrolmentBases = ['income-check', 'debt-settlement', 'living-wage', 'other'] as const;
export const statusKinds = ['none', 'not-yet-valid', 'active', 'expiring', 'suspended', 'ended', 'expired'] as const;
export const statusKindSchema = z.enum(statusKinds);
export type StatusKind = z.infer<typeof statusKindSchema>;

const statusSchema = z.object({
  kind: statusKindSchema,
  validUntil: isoDate.nullable(),
  daysLeft: z.number().int().nullable(),
  suspendedUntil: isoDate.nullable(),
});

const personInput = z.object({
  firstName: z.string().max(80),
  lastName: z.string().max(80),
  dateOfBirth: z.string().max(20),
});

export const householdFormSchema = z.object({
  referencePerson: personInput.extend({ language: languageSchema, phone: z.string().max(30).optional() }),
  members: z.array(personInput.extend({ lastName: z.string().max(80).optional() })).max(30),
  postalCode: z.string().max(10),
  enrolment: z.object({
    validFrom: z.string().max(20),
    validUntil: z.string().max(20),
    referringOrganisation: z.enum(organisationKinds),
    socialWorker: z.string().max(80).optional(),
  }),
  organisationId: id.nullable().optional(),
  basis: z.enum(enrolmentBases).nullable().optional(),
  referralDate: z.string().max(20).optional(),
  notes: z.string().max(2000).optional(),
  /** A card already handed out (a shop moving from pre-printed cards); else the next number is issued. */
  cardNumber: z.string().max(20).optional(),
});
export type HouseholdForm = z.infer<typeof householdFormSchema>;

const duplicateSchema = z.object({
  householdId: id,
  /** -1 = the reference person of the form, else the index in `members`. */
  formIndex: z.number().int(),
  match: z.enum(['same-name', 'similar-name', 'swapped-names']),
  firstName: z.string(),
  lastName: z.string(),
  dateOfBirth: isoDate,
});
export type DuplicateCandidate = z.infer<typeof duplicateSchema>;

const memberSchema = z.object({
  id,
  isReference: z.boolean(),
  firstName: z.string(),
  lastName: z.string(),
  dateOfBirth: isoDate,
  child: z.boolean(),
});

const enrolmentSchema = z.object({
  id,
  validFrom: isoDate,
  validUntil: isoDate,
  endedOn: isoDate.nullable(),
  kind: z.enum(['new', 'renewal']),
  organisationId: id.nullable(),
  organisationName: z.string().nullable(),
  organisationKind: z.enum(organisationKinds).nullable(),
  socialWorker: z.string().nullable(),
  basis: z.enum(enrolmentBases).nullable(),
  referralDate: isoDate.nullable(),
});

export const householdFileSchema = z.object({
  id,
  postalCode: z.string().nullable(),
  municipality: z.string().nullable(),
  language: languageSchema,
  phone: z.string().nullable(),
  notes: z.string().nullable(),
  members: z.array(memberSchema),
  adults: z.number().int(),
  children: z.number().int(),
  status: statusSchema,
  enrolments: z.array(enrolmentSchema),
  suspensions: z.array(
    z.object({ id, reason: z.string(), from: isoDate, until: isoDate, liftedOn: isoDate.nullable() }),
  ),
  cards: z.array(z.object({ id, number: z.string(), issuedAt: z.string(), blockedAt: z.string().nullable() })),
  proxies: z.array(z.object({ id, name: z.string(), validUntil: isoDate })),
});
export type HouseholdFile = z.infer<typeof householdFileSchema>;

export const searchHitSchema = z.object({
  householdId: id,
  firstName: z.string(),
  lastName: z.string(),
  dateOfBirth: isoDate,
  municipality: z.string().nullable(),
  matchedMember: z.string().nullable(),
  cardNumber: z.string().nullable(),
  status: statusSchema,
});
export type SearchHit = z.infer<typeof searchHitSchema>;

const importReportSchema = z.object({
  written: z.boolean(),
  households: z.number().int(),
  people: z.number().int(),
  rows: z.number().int(),
  problems: z.array(z.object({ line: z.number().int(), reason: z.string(), column: z.string().nullable() })),
  fileProblems: z.array(z.object({ reason: z.string(), column: z.string().nullable() })),
  preview: z.array(
    z.object({
      key: z.string(),
      firstName: z.string(),
      lastName: z.string(),
      people: z.number().int(),
      municipality: z.string(),
    }),
  ),
});
export type ImportReport = z.infer<typeof importReportSchema>;

const cardLookupSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('unknown') }),
  z.object({ kind: z.literal('blocked'), householdId: id }),
  z.object({
    kind: z.literal('household'),
    householdId: id,
    cardId: id,
    firstName: z.string(),
    householdSize: z.number().int(),
    adults: z.number().int(),
    children: z.number().int(),
    status: statusSchema,
    language: languageSchema,
    proxies: z.array(z.object({ id, name: z.string(), validUntil: isoDate })),
  }),
]);

const byHousehold = z.object({ householdId: id });

const detailsPerson = z.object({
  id: id.optional(),
  firstName: z.string().max(80),
  lastName: z.string().max(80),
  dateOfBirth: z.string().max(20),
});
/** Correcting a file after enrolment: a member without `id` is added, one left out is removed. */
export const householdDetailsSchema = z.object({
  referencePerson: detailsPerson,
  members: z.array(detailsPerson).max(30),
  postalCode: z.string().max(10),
  language: languageSchema,
  phone: z.string().max(30),
});
export type HouseholdDetails = z.infer<typeof householdDetailsSchema>;

const organisationSchema = z.object({ id, name: z.string(), kind: z.enum(organisationKinds), active: z.boolean() });

export const householdChannels = {
  'households:search-households': channel({
    input: z.object({ query: z.string().trim().min(1).max(100) }),
    output: z.array(searchHitSchema),
    access: staff,
  }),
  'households:get-household': channel({ input: byHousehold, output: householdFileSchema, access: staff }),
  'households:check-duplicates': channel({
    input: z.object({ form: householdFormSchema, excludeHouseholdId: id.optional() }),
    output: z.array(duplicateSchema),
    access: staff,
  }),
  'households:enrol-household': channel({
    input: z.object({ form: householdFormSchema, confirmedDifferent: z.array(id).max(50).default([]) }),
    output: z.object({ householdId: id, cardNumber: z.string() }),
    access: staff,
  }),
  'households:renew-enrolment': channel({
    input: byHousehold.extend({ validFrom: z.string().max(20).optional(), validUntil: z.string().max(20).optional() }),
    output: z.object({ enrolmentId: id, validFrom: isoDate, validUntil: isoDate }),
    access: staff,
  }),
  'households:suspend-household': channel({
    input: byHousehold.extend({ reason: z.string().max(200), until: z.string().max(20) }),
    output: z.object({ suspensionId: id }),
    access: staff,
  }),
  'households:end-enrolment': channel({
    input: byHousehold.extend({ endedOn: z.string().max(20) }),
    output: z.object({ enrolmentId: id }),
    access: staff,
  }),
  'households:replace-card': channel({
    input: byHousehold,
    output: z.object({ cardId: id, number: z.string(), blocked: z.array(z.string()) }),
    access: staff,
  }),
  'households:card-pdf': channel({ input: byHousehold, output: z.object({ pdfBase64: z.string() }), access: staff }),
  'households:set-proxies': channel({
    input: byHousehold.extend({
      proxies: z.array(z.object({ name: z.string().max(80), validUntil: z.string().max(20) })).max(2),
    }),
    output: z.object({ count: z.number().int() }),
    access: staff,
  }),
  'households:update-household': channel({
    input: byHousehold.extend({
      details: householdDetailsSchema,
      confirmedDifferent: z.array(id).max(50).default([]),
    }),
    output: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('saved'), householdId: id, changed: z.array(z.string()) }),
      z.object({ kind: z.literal('duplicates'), candidates: z.array(duplicateSchema) }),
    ]),
    access: staff,
  }),
  'households:lift-suspension': channel({
    input: byHousehold.extend({ suspensionId: id }),
    output: z.object({ suspensionId: id, liftedOn: isoDate }),
    access: staff,
  }),
  /** Active organisations for the pickers; with `includeInactive` the coordinator's full list. */
  'households:list-organisations': channel({
    input: z.object({ includeInactive: z.boolean().optional() }),
    output: z.array(organisationSchema),
    access: staff,
  }),
  'households:update-organisation': channel({
    input: z.object({
      id,
      name: z.string().trim().min(1).max(80),
      kind: z.enum(organisationKinds),
      active: z.boolean(),
    }),
    output: z.object({ id }),
    access: ['coordinator'],
  }),
  'households:add-organisation': channel({
    input: z.object({ name: z.string().trim().min(1).max(80), kind: z.enum(organisationKinds) }),
    output: z.object({ id }),
    access: ['coordinator'],
  }),
  'households:import-households': channel({
    input: z.object({ csvBase64: z.string().max(20_000_000), dryRun: z.boolean(), validOnly: z.boolean() }),
    output: importReportSchema,
    access: staff,
  }),
  'households:lookup-card': channel({
    input: z.object({ code: z.string().trim().min(1).max(40) }),
    output: cardLookupSchema,
    access: ['cashier', 'social-worker', 'coordinator'],
  }),
};
