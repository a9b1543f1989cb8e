// The product import's row reasons in nl/fr/en, kept beside the panel so the area file stays short.
// `{value}` is the cell as read; `{first}` the line where a repeated barcode first appeared.
import type { Language } from '../../../main/contract/money';

export const productRowReasons: Record<Language, Record<string, string>> = {
  en: {
    'missing-barcode': 'No barcode or in-store code.',
    'bad-barcode': '“{value}” is not a barcode or an in-store code.',
    'bad-check-digit': 'Barcode {value}: the check digit is wrong.',
    'missing-name': 'No name.',
    'bad-price': '“{value}” is not a price (or it is negative).',
    'unknown-vat': 'Unknown VAT rate “{value}” (0, 6, 12 or 21).',
    'unknown-unit': 'Unknown unit “{value}” (piece or kg).',
    'unknown-in-budget': '“In budget” must be yes or no, not “{value}”.',
    'duplicate-barcode': 'Barcode {value} already appears on line {first}.',
  },
  nl: {
    'missing-barcode': 'Geen streepjescode of winkelcode.',
    'bad-barcode': '“{value}” is geen streepjescode of winkelcode.',
    'bad-check-digit': 'Streepjescode {value}: het controlecijfer klopt niet.',
    'missing-name': 'Geen naam.',
    'bad-price': '“{value}” is geen prijs (of is negatief).',
    'unknown-vat': 'Onbekend btw-tarief “{value}” (0, 6, 12 of 21).',
    'unknown-unit': 'Onbekende eenheid “{value}” (stuk of kg).',
    'unknown-in-budget': '“In budget” moet ja of nee zijn, niet “{value}”.',
    'duplicate-barcode': 'Streepjescode {value} staat al op regel {first}.',
  },
  fr: {
    'missing-barcode': 'Pas de code-barres ni de code magasin.',
    'bad-barcode': '« {value} » n’est ni un code-barres ni un code magasin.',
    'bad-check-digit': 'Code-barres {value} : le chiffre de contrôle est faux.',
    'missing-name': 'Pas de nom.',
    'bad-price': '« {value} » n’est pas un prix (ou il est négatif).',
    'unknown-vat': 'Taux de TVA inconnu « {value} » (0, 6, 12 ou 21).',
    'unknown-unit': 'Unité inconnue « {value} » (pièce ou kg).',
    'unknown-in-budget': '« Dans le budget » doit être oui ou non, pas « {value} ».',
    'duplicate-barcode': 'Le code-barres {value} figure déjà à la ligne {first}.',
  },
};

export function rowReasonText(
  lang: Language,
  problem: { reason: string; value: string; firstLine?: number | undefined },
): string {
  const text = productRowReasons[lang][problem.reason] ?? productRowReasons.en[problem.reason] ?? problem.reason;
  return text.replace('{value}', problem.value).replace('{first}', String(problem.firstLine ?? '?'));
}
