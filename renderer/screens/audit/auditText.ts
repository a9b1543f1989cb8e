// An audit entry in words for the coordinator: the action as a phrase, what it concerns, and its
// details as "label: value" pairs (money as money, ids as #12, yes/no, codes translated), never JSON.
import { isAuditAction } from '../../../main/contract/audit-actions';
import { formatMoney, type Language } from '../../../main/contract/money';
import { auditActionText } from '../../i18n/areas/audit-actions';
import { translate } from '../../i18n/index';

export interface DetailPair {
  key: string;
  label: string;
  value: string;
}

export function actionText(lang: Language, action: string): string {
  return isAuditAction(action)
    ? auditActionText[lang][action]
    : translate(lang, 'audit.unknown-action', { code: action });
}

/** A translation by key, or `fallback` when the area has no such key (translate returns the key). */
function known(lang: Language, key: string, fallback: string): string {
  const text = translate(lang, key);
  return text === key ? fallback : text;
}

export function entityText(lang: Language, entity: string | null, entityId: number | null): string {
  if (!entity) return entityId === null ? '' : `#${entityId}`;
  const name = known(lang, `audit.entity.${entity}`, translate(lang, 'audit.entity.other'));
  return entityId === null ? name : `${name} #${entityId}`;
}

function monthText(lang: Language, month: string): string {
  const [year, m] = month.split('-').map(Number);
  if (!year || !m) return month;
  return new Intl.DateTimeFormat(`${lang}-BE`, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, m - 1, 1)),
  );
}

function dateText(lang: Language, date: string): string {
  const at = new Date(`${date}T12:00:00Z`);
  return Number.isNaN(at.getTime())
    ? date
    : new Intl.DateTimeFormat(`${lang}-BE`, { dateStyle: 'medium', timeZone: 'UTC' }).format(at);
}

/**
 * A household's changed fields, as written by households/update: 'phone', 'referencePerson.name',
 * 'members.1.added' (form position) or 'member.7.removed' (member id).
 */
function changedField(lang: Language, field: string): string {
  const [head, middle, tail] = field.split('.');
  const word = (name: string | undefined) => known(lang, `audit.field.${name ?? ''}`, name ?? '');
  if (head === 'referencePerson') return translate(lang, 'audit.field.referencePerson', { what: word(middle) });
  if (head === 'members' && middle !== undefined)
    return translate(lang, 'audit.field.member', { n: Number(middle) + 1, what: word(tail) });
  if (head === 'member' && middle !== undefined)
    return translate(lang, 'audit.field.member', { n: `#${middle}`, what: word(tail) });
  return word(head);
}

function stringValue(lang: Language, key: string, value: string): string {
  switch (key) {
    case 'month':
      return /^\d{4}-\d{2}$/.test(value) ? monthText(lang, value) : value;
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(value) ? dateText(lang, value) : value;
    case 'language':
      return known(lang, `common.lang.${value}`, value);
    case 'roles':
      return value
        .split(',')
        .map((role) => known(lang, `common.role.${role}`, role))
        .join(', ');
    case 'kind':
      return known(lang, `households.org.${value}`, value);
    case 'printer':
      return known(lang, `devices.printer.${value}`, value);
    case 'scanner':
      return known(lang, `devices.scanner.${value}`, value);
    case 'refusal':
      return known(lang, `errors.${value}`, value);
    case 'format':
      return value.toUpperCase();
    case 'settings':
      return value
        .split(',')
        .filter((k) => k !== '')
        .map((k) => known(lang, `shopSettings.field.${k}`, k))
        .join(', ');
    case 'fields':
      return value
        .split(',')
        .filter((f) => f !== '')
        .map((f) => changedField(lang, f))
        .join(', ');
    default:
      return value;
  }
}

function valueText(lang: Language, key: string, value: unknown): string {
  if (typeof value === 'boolean') return translate(lang, value ? 'audit.yes' : 'audit.no');
  if (typeof value === 'number') {
    if (key.endsWith('Cents')) return formatMoney(value, lang);
    if (key === 'weekday') return known(lang, `appointments.weekday.${value}`, String(value));
    if (key.endsWith('Id')) return `#${value}`;
    return new Intl.NumberFormat(`${lang}-BE`).format(value);
  }
  if (typeof value === 'string') return stringValue(lang, key, value);
  return value === null ? '–' : String(value);
}

/** The stored details (JSON of ids and codes) as translated pairs; unreadable details give none. */
export function detailPairs(lang: Language, details: string | null): DetailPair[] {
  if (!details) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(details);
  } catch {
    return [];
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return [];
  return Object.entries(parsed).map(([key, value]) => ({
    key,
    label: known(lang, `audit.detail.${key}`, key),
    value: valueText(lang, key, value),
  }));
}
