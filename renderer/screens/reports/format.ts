import type { Language } from '../../../main/contract/money';
import { formatMoney, localeOf } from '../../../main/contract/money';
import type { FigureRowView } from '../../../main/contract/reports';

export function formatFigure(row: Pick<FigureRowView, 'unit' | 'value'>, lang: Language): string {
  switch (row.unit) {
    case 'cents':
      return formatMoney(row.value, lang);
    case 'ratio':
      return new Intl.NumberFormat(localeOf(lang), { style: 'percent', maximumFractionDigits: 1 }).format(row.value);
    case 'hours':
      return new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 2 }).format(row.value);
    case 'count':
      return new Intl.NumberFormat(localeOf(lang)).format(row.value);
  }
}

export function rowId(row: Pick<FigureRowView, 'section' | 'figure' | 'breakdown'>): string {
  return `${row.section}.${row.figure}${row.breakdown ? `[${row.breakdown}]` : ''}`;
}
