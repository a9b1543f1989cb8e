// A refused line as one translated sentence with formatted money: the volunteer reads why, never a
// reason code or a field name.
import { formatMoney, type Language } from '../../../main/contract/money';
import type { TillView } from '../../../main/contract/till';
import type { MessageKey } from '../../i18n/index';

type Refusal = NonNullable<TillView['refusal']>;
type T = (key: MessageKey, params?: Record<string, string | number>) => string;

const num = (v: unknown): number => (typeof v === 'number' ? v : 0);

/** Statuses the card lookup reports; anything new falls back to the plain word, translated where known. */
export function statusText(t: T, status: string): string {
  switch (status) {
    case 'active':
      return t('till.status.active');
    case 'expiring':
      return t('till.status.expiring');
    case 'expired':
      return t('till.status.expired');
    case 'ended':
      return t('till.status.ended');
    case 'none':
      return t('till.status.none');
    case 'suspended':
      return t('till.status.suspended');
    case 'not-yet-valid':
      return t('till.status.not-yet-valid');
    default:
      return status;
  }
}

export function refusalText(t: T, lang: Language, refusal: Refusal): string {
  const d = refusal.details;
  const money = (v: unknown) => formatMoney(num(v), lang);
  switch (refusal.reason) {
    case 'budget-exceeded':
      return t('till.why.budget-exceeded', {
        needed: money(d.neededCents),
        remaining: money(d.remainingCents),
        budget: money(d.budgetCents),
      });
    case 'item-limit':
      return t(d.scope === 'period' ? 'till.why.item-limit.period' : 'till.why.item-limit.visit', {
        limit: num(d.limit),
        used: num(d.used),
      });
    case 'visit-limit':
      return t(d.period === 'month' ? 'till.why.visit-limit.month' : 'till.why.visit-limit.week', {
        limit: num(d.limit),
        used: num(d.used),
      });
    case 'not-eligible':
      return t('till.why.not-eligible', { status: statusText(t, String(d.status ?? '')) });
    case 'no-rule-set':
      return t('till.why.no-rule-set', { date: String(d.date ?? '') });
    case 'age-restricted':
      return t('till.why.age-restricted', { years: num(d.childUnderYears) });
    default:
      // A reason added to the rules later: still a sentence, never the code.
      return t('till.why.other');
  }
}
