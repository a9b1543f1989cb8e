// The monthly report channels (coordinator only): figures with comparisons, exports as bytes for a
// download link, closing a month, and the time log for volunteers who do not work at the till.
import { z } from 'zod';
import { channel } from './define';
import { languageSchema } from './money';

export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
const localDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const figureRowSchema = z.object({
  section: z.enum(['households', 'enrolments', 'turnover', 'budget', 'appointments', 'stock', 'coproduction']),
  figure: z.string(),
  breakdown: z.string(),
  label: z.string(),
  unit: z.enum(['count', 'cents', 'ratio', 'hours']),
  value: z.number(),
});
export type FigureRowView = z.infer<typeof figureRowSchema>;

const differenceSchema = figureRowSchema.omit({ value: true }).extend({
  key: z.string(),
  snapshot: z.number(),
  current: z.number(),
  difference: z.number(),
});

export const volunteerActivities = ['warehouse', 'transport', 'intake', 'cleaning', 'admin', 'other'] as const;

export const reportChannels = {
  'reports:get-monthly': channel({
    input: z.object({ month: monthSchema, lang: languageSchema }),
    output: z.object({
      month: z.string(),
      /** Section and figure names in the requested language, from the same table as the exports. */
      labels: z.object({ sections: z.record(z.string(), z.string()), figures: z.record(z.string(), z.string()) }),
      timeZone: z.string(),
      rows: z.array(figureRowSchema),
      previous: z.object({ month: z.string(), rows: z.array(figureRowSchema) }),
      lastYear: z.object({ month: z.string(), rows: z.array(figureRowSchema) }),
      closed: z.object({ closedAt: z.string(), differences: z.array(differenceSchema) }).nullable(),
    }),
    access: ['coordinator'],
  }),
  'reports:export-monthly': channel({
    input: z.object({
      month: monthSchema,
      format: z.enum(['json', 'csv', 'xlsx', 'pdf']),
      lang: languageSchema,
      csvStyle: z.enum(['excel-be', 'rfc4180']).default('excel-be'),
    }),
    output: z.object({ fileName: z.string(), mimeType: z.string(), base64: z.string() }),
    access: ['coordinator'],
  }),
  'reports:close-month': channel({
    input: z.object({ month: monthSchema }),
    output: z.object({ closedAt: z.string() }),
    access: ['coordinator'],
  }),
  'reports:list-time': channel({
    input: z.object({ month: monthSchema }),
    output: z.object({
      volunteers: z.array(z.object({ id: z.number().int(), name: z.string() })),
      entries: z.array(
        z.object({
          id: z.number().int(),
          userId: z.number().int(),
          name: z.string(),
          workDate: z.string(),
          minutes: z.number().int(),
          activity: z.string(),
        }),
      ),
    }),
    access: ['coordinator'],
  }),
  'reports:log-time': channel({
    input: z.object({
      userId: z.number().int().positive(),
      workDate: localDateSchema,
      minutes: z
        .number()
        .int()
        .min(1)
        .max(24 * 60),
      activity: z.enum(volunteerActivities),
    }),
    output: z.object({ id: z.number().int() }),
    access: ['coordinator'],
  }),
};
