import type { Language } from '../../main/contract/money';

export type Messages = Record<string, string>;
export type AreaMessages<K extends string> = Record<Language, Record<K, string>>;

/** An area's strings: the English keys are the reference; Dutch and French must have exactly the same keys. */
export function defineMessages<const E extends Messages>(
  en: E,
  nl: Record<keyof E, string>,
  fr: Record<keyof E, string>,
): AreaMessages<Extract<keyof E, string>> {
  return { en, nl, fr } as AreaMessages<Extract<keyof E, string>>;
}
