// How rule sets read on screen: `€ 15 + € 7,50 per volwassene + € 5 per kind jonger dan 18, max. € 60
// per week`, and the issue's example household `€ 15 + 2 × € 7,50 + 3 × € 5 = € 45`.
import type { ChannelOutput } from '../../../main/contract/index';
import { type Language, localeOf } from '../../../main/contract/money';
import type { MessageKey } from '../../i18n/index';

export type RuleSetRow = ChannelOutput<'rules:list-rule-sets'>['ruleSets'][number];
type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/** `€ 15` for whole euros, `€ 7,50` otherwise. */
export function moneyShort(amount: number, lang: Language): string {
  const whole = amount % 100 === 0;
  return new Intl.NumberFormat(localeOf(lang), {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  }).format(amount / 100);
}

/** A signed difference: `+ € 90`, `− € 10`, `€ 0`. */
export function moneyDelta(amount: number, lang: Language): string {
  if (amount === 0) return moneyShort(0, lang);
  return `${amount > 0 ? '+' : '−'} ${moneyShort(Math.abs(amount), lang)}`;
}

export function ruleFormula(rule: RuleSetRow, t: T, lang: Language): string {
  const money = (amount: number) => moneyShort(amount, lang);
  const terms = [money(rule.baseCents)];
  if (rule.perAdultCents > 0) terms.push(t('rules.perAdult', { amount: money(rule.perAdultCents) }));
  if (rule.perChildCents > 0)
    terms.push(t('rules.perChild', { amount: money(rule.perChildCents), age: rule.childAgeLimit }));
  const cap = rule.capCents === null ? '' : `, ${t('rules.cap', { amount: money(rule.capCents) })}`;
  return `${terms.join(' + ')}${cap} ${t(rule.period === 'week' ? 'rules.perWeek' : 'rules.perMonth')}`;
}

/** The worked example for 2 adults and 3 children, zero terms left out, the cap shown when it bites. */
export function ruleExample(rule: RuleSetRow, t: T, lang: Language): string {
  const money = (amount: number) => moneyShort(amount, lang);
  const adults = 2;
  const children = 3;
  const terms: string[] = [];
  if (rule.baseCents > 0) terms.push(money(rule.baseCents));
  if (rule.perAdultCents > 0) terms.push(`${adults} × ${money(rule.perAdultCents)}`);
  if (rule.perChildCents > 0) terms.push(`${children} × ${money(rule.perChildCents)}`);
  const total = rule.baseCents + adults * rule.perAdultCents + children * rule.perChildCents;
  let sum = terms.length === 0 ? money(0) : `${terms.join(' + ')} = ${money(total)}`;
  if (rule.capCents !== null && total > rule.capCents)
    sum += ` → ${t('rules.capped', { amount: money(rule.capCents) })}`;
  return t('rules.example', { sum });
}

export function displayDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** `7,50`, `7.50`, `€ 7,50`, `15` → cents; null when it is not an amount. */
export function parseAmount(text: string): number | null {
  const match = /^\s*€?\s*(\d{1,5})(?:[.,](\d{1,2}))?\s*€?\s*$/.exec(text);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
}

/** Cents back to what a person types: `7,50` (nl/fr) or `7.50` (en); whole euros without decimals. */
export function amountText(amount: number, lang: Language): string {
  const euros = Math.floor(amount / 100);
  const rest = amount % 100;
  if (rest === 0) return String(euros);
  return `${euros}${lang === 'en' ? '.' : ','}${String(rest).padStart(2, '0')}`;
}

export function parseWhole(text: string): number | null {
  return /^\s*\d{1,5}\s*$/.test(text) ? Number(text.trim()) : null;
}
