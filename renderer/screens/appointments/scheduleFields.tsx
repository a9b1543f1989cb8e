// Field-level messages of the schedule editor, next to their field: the server's codes (zod's for
// format and range, the schedule checks' for rules across fields) in the user's language.
import type { ReactNode } from 'react';
import type { FieldError } from '../../../main/contract/define';
import { type MessageKey, useI18n } from '../../i18n/index';

export const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof weekdays)[number];

export function weekdayKey(day: number): MessageKey {
  switch (day) {
    case 1:
      return 'appointments.weekday.1';
    case 2:
      return 'appointments.weekday.2';
    case 3:
      return 'appointments.weekday.3';
    case 4:
      return 'appointments.weekday.4';
    case 5:
      return 'appointments.weekday.5';
    case 6:
      return 'appointments.weekday.6';
    default:
      return 'appointments.weekday.7';
  }
}

const ruleCodes: Record<string, MessageKey> = {
  'end-before-start': 'appointments.field.end-before-start',
  'slot-not-dividing': 'appointments.field.slot-not-dividing',
  overlap: 'appointments.field.overlap',
  'already-closed': 'appointments.field.already-closed',
  'date-in-past': 'appointments.field.date-in-past',
  'invalid-date': 'appointments.field.invalid-date',
};

/** Format and range problems read as what to write in that field; rule problems by their code. */
function messageKey(error: FieldError): MessageKey {
  const rule = ruleCodes[error.code];
  if (rule) return rule;
  switch (error.path) {
    case 'start':
    case 'end':
      return 'appointments.field.time';
    case 'slotMinutes':
      return 'appointments.field.slotMinutes';
    case 'capacity':
      return 'appointments.field.capacity';
    case 'date':
      return 'appointments.field.invalid-date';
    default:
      return 'appointments.field.invalid';
  }
}

/** A labelled control with its message underneath, tied to it by aria-describedby. */
export function ScheduleField(props: {
  id: string;
  label: MessageKey;
  path: string;
  errors: readonly FieldError[];
  params?: Record<string, string | number>;
  children: (state: { invalid: boolean; describedBy: string | undefined }) => ReactNode;
}) {
  const { t } = useI18n();
  const error = props.errors.find((e) => e.path === props.path);
  return (
    <div className="sched-field">
      <label htmlFor={props.id}>{t(props.label)}</label>
      {props.children({ invalid: error !== undefined, describedBy: error ? `${props.id}-error` : undefined })}
      {error ? (
        <span id={`${props.id}-error`} className="hh-field-error" role="alert">
          {t(messageKey(error), props.params)}
        </span>
      ) : null}
    </div>
  );
}

/** A whole number typed by hand, or NaN (sent as is, so the server names the field). */
export function wholeNumber(text: string): number {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
}
