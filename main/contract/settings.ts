// The shop's settings: what each one may hold (shared by the service that reads them and the
// coordinator's settings screen), and the two channels that show and change the editable ones.
import { z } from 'zod';
import { channel } from './define';
import { DEFAULT_TIME_ZONE, languageSchema } from './money';

export const paymentMethods = ['cash', 'card', 'voucher', 'account'] as const;
export type PaymentMethod = (typeof paymentMethods)[number];
export const walkInPolicies = ['allowed', 'if-room', 'refused'] as const;
export type WalkInPolicy = (typeof walkInPolicies)[number];
export const variableMeasureKinds = ['price', 'weight'] as const;

function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

// One schema per setting, without its default, so the settings form checks exactly what the
// stored value must be.
const shopName = z.string().trim().min(1).max(80);
// A zone Intl does not know would make every date on screen and on paper throw.
const timeZone = z.string().refine(isKnownTimeZone);
const paymentMethodList = z
  .array(z.enum(paymentMethods))
  .min(1)
  .refine((list) => new Set(list).size === list.length, { message: 'duplicate' });
const variableMeasureRule = z.object({
  prefix: z.string().regex(/^2\d$/),
  kind: z.enum(variableMeasureKinds),
});
// Two rules for one prefix would make a scanned label mean two things.
const variableMeasureRuleList = z
  .array(variableMeasureRule)
  .max(10)
  .superRefine((rules, ctx) => {
    rules.forEach((rule, index) => {
      if (rules.findIndex((r) => r.prefix === rule.prefix) < index)
        ctx.addIssue({ code: 'custom', message: 'duplicate', path: [index, 'prefix'] });
    });
  });
export type VariableMeasureRule = z.infer<typeof variableMeasureRule>;

const editableShape = {
  shopName,
  timeZone,
  defaultLanguage: languageSchema,
  idleLockMinutes: z.number().int().min(1).max(120),
  enrolmentMonths: z.number().int().min(1).max(36),
  expiringDays: z.number().int().min(0).max(90),
  retentionMonths: z.number().int().min(1).max(120),
  returnDays: z.number().int().min(0).max(90),
  vatLiable: z.boolean(),
  paymentMethods: paymentMethodList,
  walkInPolicy: z.enum(walkInPolicies),
  cardPrefix: z.string().regex(/^04[0-9]$/),
  /** Variable-measure EAN-13 prefixes (20–29): price or weight in the 5 digits before the check digit. */
  variableMeasureRules: variableMeasureRuleList,
};

export const settingsSchema = z.object({
  shopName: shopName.default('Sociale kruidenier'),
  tillId: z.string().min(1).max(20).default('till-1'),
  timeZone: timeZone.default(DEFAULT_TIME_ZONE),
  defaultLanguage: editableShape.defaultLanguage.default('nl'),
  idleLockMinutes: editableShape.idleLockMinutes.default(5),
  practiceMode: z.boolean().default(false),
  enrolmentMonths: editableShape.enrolmentMonths.default(6),
  expiringDays: editableShape.expiringDays.default(14),
  retentionMonths: editableShape.retentionMonths.default(24),
  returnDays: editableShape.returnDays.default(14),
  vatLiable: editableShape.vatLiable.default(true),
  paymentMethods: paymentMethodList.default([...paymentMethods]),
  walkInPolicy: editableShape.walkInPolicy.default('if-room'),
  backupFolder: z.string().max(500).nullable().default(null),
  backupIntervalHours: z.number().int().min(1).max(168).default(24),
  backupPassphraseSet: z.boolean().default(false),
  cardPrefix: editableShape.cardPrefix.default('049'),
  variableMeasureRules: variableMeasureRuleList.default([
    { prefix: '21', kind: 'price' },
    { prefix: '22', kind: 'weight' },
  ]),
});
export type Settings = z.infer<typeof settingsSchema>;

/**
 * What the coordinator's settings form may change. The backup settings and practice mode belong to
 * their own screens; the till id numbers the journal's sales, so it is shown but never edited here.
 */
export const editableSettingsSchema = z.strictObject(editableShape);
export type EditableSettings = z.infer<typeof editableSettingsSchema>;
export type EditableSettingKey = keyof EditableSettings;
export const editableSettingKeys = Object.keys(editableShape) as EditableSettingKey[];

export const settingsChannels = {
  'settings:get': channel({
    input: z.object({}),
    output: z.object({ settings: editableSettingsSchema, tillId: z.string() }),
    access: ['coordinator'],
  }),
  /** Only the keys given are changed, all in one go; any refused field changes nothing. */
  'settings:update': channel({
    input: editableSettingsSchema.partial(),
    output: z.object({
      settings: editableSettingsSchema,
      tillId: z.string(),
      changed: z.array(editableSettingsSchema.keyof()),
    }),
    access: ['coordinator'],
  }),
};
