// Translations: every visible string lives in an area file, in Dutch, French and English.
import { createContext, type ReactNode, useContext, useMemo } from 'react';
import type { CallError } from '../../main/contract/define';
import { formatMoney, type Language } from '../../main/contract/money';
import { appointments } from './areas/appointments';
import { audit } from './areas/audit';
import { auth } from './areas/auth';
import { common } from './areas/common';
import { devices } from './areas/devices';
import { errors } from './areas/errors';
import { home } from './areas/home';
import { households } from './areas/households';
import { products } from './areas/products';
import { reports } from './areas/reports';
import { rules } from './areas/rules';
import { shopSettings } from './areas/shop-settings';
import { till } from './areas/till';
import { trust } from './areas/trust';
import { users } from './areas/users';

const areas = {
  common,
  audit,
  auth,
  errors,
  home,
  devices,
  users,
  trust,
  households,
  appointments,
  reports,
  till,
  rules,
  products,
  shopSettings,
};

type Areas = typeof areas;
type AreaKeys<A extends keyof Areas> = Extract<keyof Areas[A]['en'], string>;
export type MessageKey = { [A in keyof Areas]: `${A}.${AreaKeys<A>}` }[keyof Areas];

type Params = Record<string, string | number>;

export function translate(lang: Language, key: MessageKey | string, params?: Params): string {
  const dot = key.indexOf('.');
  const area = areas[key.slice(0, dot) as keyof Areas] as Record<Language, Record<string, string>> | undefined;
  const text = area?.[lang][key.slice(dot + 1)] ?? area?.en[key.slice(dot + 1)] ?? key;
  if (!params) return text;
  return text
    .replace(/\{(\w+):([^|{}]*)\|([^{}]*)\}/g, (_, name: string, one: string, other: string) =>
      pluralOf(lang, params[name]) === 'one' ? one : other,
    )
    .replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/**
 * `{count:ticket|tickets}` picks the word for the number in `count` as the language counts: French
 * says "0 ticket" and "1 ticket", Dutch and English "0 tickets" and "1 ticket" (Intl.PluralRules).
 */
function pluralOf(lang: Language, value: string | number | undefined): Intl.LDMLPluralRule {
  return typeof value === 'number' ? new Intl.PluralRules(lang).select(value) : 'other';
}

/** The translated message of a refused call: by its reason, else its code, else its English text. */
export function translateError(lang: Language, error: CallError): string {
  const table = errors[lang] as Record<string, string>;
  const key = [error.reason, error.code].find((k) => k !== undefined && k in table);
  return key ? translate(lang, `errors.${key}`, errorParams(lang, error.details)) : error.message;
}

/** Details as message parameters; amounts (`…Cents`) read as money, never as raw cents. */
function errorParams(lang: Language, details: CallError['details']): Params {
  const params: Params = {};
  for (const [name, value] of Object.entries(details ?? {})) {
    if (typeof value === 'number') params[name] = name.endsWith('Cents') ? formatMoney(value, lang) : value;
    else if (typeof value === 'string') params[name] = value;
  }
  return params;
}

export const allAreas = areas;

interface I18n {
  lang: Language;
  t: (key: MessageKey, params?: Params) => string;
  tError: (error: CallError) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ lang, children }: { lang: Language; children: ReactNode }) {
  const value = useMemo<I18n>(
    () => ({
      lang,
      t: (key, params) => translate(lang, key, params),
      tError: (error) => translateError(lang, error),
    }),
    [lang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
