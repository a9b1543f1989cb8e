// The shop settings form's values (numbers as typed, so an empty or odd field reaches the till and is
// refused there in words) and what a save sends: only the settings that differ from those loaded.
import type { FieldError } from '../../../main/contract/define';
import { type EditableSettings, editableSettingKeys, editableSettingsSchema } from '../../../main/contract/settings';
import type { MessageKey } from '../../i18n/index';

export const numberKeys = [
  'idleLockMinutes',
  'returnDays',
  'enrolmentMonths',
  'expiringDays',
  'retentionMonths',
] as const satisfies readonly (keyof EditableSettings)[];
export type NumberKey = (typeof numberKeys)[number];

export type FormValues = Omit<EditableSettings, NumberKey> & Record<NumberKey, string>;

export function toForm(settings: EditableSettings): FormValues {
  return {
    ...settings,
    idleLockMinutes: String(settings.idleLockMinutes),
    returnDays: String(settings.returnDays),
    enrolmentMonths: String(settings.enrolmentMonths),
    expiringDays: String(settings.expiringDays),
    retentionMonths: String(settings.retentionMonths),
  };
}

/** A typed number as the till will check it: empty is not a number (never 0). */
function numberOf(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text.trim());
}

/** The settings that changed since `loaded`, ready for `settings:update`. */
export function changesOf(values: FormValues, loaded: EditableSettings): Partial<EditableSettings> {
  const wanted: EditableSettings = {
    ...values,
    idleLockMinutes: numberOf(values.idleLockMinutes),
    returnDays: numberOf(values.returnDays),
    enrolmentMonths: numberOf(values.enrolmentMonths),
    expiringDays: numberOf(values.expiringDays),
    retentionMonths: numberOf(values.retentionMonths),
  };
  const changes: Partial<EditableSettings> = {};
  // NaN gives "null" here, so an emptied number field always counts as changed (and is refused).
  for (const key of editableSettingKeys)
    if (JSON.stringify(wanted[key]) !== JSON.stringify(loaded[key])) copy(changes, wanted, key);
  return changes;
}

function copy<K extends keyof EditableSettings>(to: Partial<EditableSettings>, from: EditableSettings, key: K): void {
  to[key] = from[key];
}

/** The smallest and largest value the till accepts for a number setting (read from the contract). */
export function rangeOf(key: NumberKey): { min: number; max: number } {
  const schema = editableSettingsSchema.shape[key];
  return { min: schema.minValue ?? 0, max: schema.maxValue ?? Number.MAX_SAFE_INTEGER };
}

export interface FieldMessage {
  key: MessageKey;
  params?: Record<string, number>;
}

/** The words for a refused field, by its path in the input (e.g. `variableMeasureRules.1.prefix`). */
export function fieldMessage(error: FieldError): FieldMessage {
  const [head, , leaf] = error.path.split('.');
  const number = numberKeys.find((k) => k === head);
  if (number) return { key: 'shopSettings.error.number', params: rangeOf(number) };
  switch (head) {
    case 'shopName':
      return { key: 'shopSettings.error.shopName' };
    case 'timeZone':
      return { key: 'shopSettings.error.timeZone' };
    case 'paymentMethods':
      return { key: 'shopSettings.error.paymentMethods' };
    case 'cardPrefix':
      return { key: 'shopSettings.error.cardPrefix' };
    case 'variableMeasureRules':
      if (leaf === 'prefix')
        return {
          key: error.code === 'custom' ? 'shopSettings.error.rulePrefix.duplicate' : 'shopSettings.error.rulePrefix',
        };
      return { key: leaf ? 'shopSettings.error.other' : 'shopSettings.error.variableMeasureRules' };
    default:
      return { key: 'shopSettings.error.other' };
  }
}

/** The refusal for one field (or one rule's part), if any. */
export function errorAt(fields: readonly FieldError[], path: string): FieldError | undefined {
  return fields.find((f) => f.path === path);
}
