// Money is integer cents everywhere. Pure helpers, shared by the main process and the renderer.
import { z } from 'zod';

export type Cents = number & { readonly __brand: 'Cents' };

export const centsSchema = z.number().int().safe();

/** Brands an integer as cents; throws on a non-integer because that is a bug, not bad input. */
export function cents(value: number): Cents {
  if (!Number.isSafeInteger(value)) throw new Error(`cents must be a safe integer, got ${value}`);
  return value as Cents;
}

export const languages = ['nl', 'fr', 'en'] as const;
export type Language = (typeof languages)[number];
export const languageSchema = z.enum(languages);

/** The shop's time zone until its settings say otherwise (the shops this till is made for are Belgian). */
export const DEFAULT_TIME_ZONE = 'Europe/Brussels';

const locales: Record<Language, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-BE' };

export function localeOf(lang: Language): string {
  return locales[lang];
}

const formatters = new Map<Language, Intl.NumberFormat>();

/** `€ 1,25` in nl-BE, `1,25 €` in fr-BE, `€1.25` in en, as Intl formats them. */
export function formatMoney(amount: number, lang: Language): string {
  let formatter = formatters.get(lang);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locales[lang], { style: 'currency', currency: 'EUR' });
    formatters.set(lang, formatter);
  }
  return formatter.format(amount / 100);
}

/** Belgian cash rounding: a cash total goes to the nearest 5 cents (half up). */
export function roundCash(amount: number): number {
  const sign = amount < 0 ? -1 : 1;
  return sign * Math.round(Math.abs(amount) / 5) * 5;
}
