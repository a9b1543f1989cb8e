// Decimal numbers as Belgians type them: `1,25`, `1.25`, `€ 1,25`, `1.234,56`, `1,234.56`.

export type DecimalFailure = 'empty' | 'unreadable' | 'too-many-decimals';

export type DecimalParse = { ok: true; cents: number } | { ok: false; reason: DecimalFailure };

/**
 * Parses an amount to integer cents (sign kept: callers decide whether negatives are allowed).
 * Rule for a single separator: `,` is always decimal (Belgian); `.` is decimal unless it is followed
 * by exactly three digits and preceded by 1–3 digits (`1.234` = 1234, as Excel nl-BE shows thousands).
 * With both separators, the last one is the decimal separator.
 */
export function parseDecimalToCents(raw: string): DecimalParse {
  const cleaned = raw.replace(/[€\s\u00a0\u202f]/g, '').replace(/^EUR|EUR$/i, '');
  if (cleaned === '') return { ok: false, reason: 'empty' };
  const match = /^([+-]?)([\d.,']+)$/.exec(cleaned);
  if (!match) return { ok: false, reason: 'unreadable' };
  const sign = match[1] === '-' ? -1 : 1;
  const number = (match[2] ?? '').replace(/'/g, '');
  const lastComma = number.lastIndexOf(',');
  const lastDot = number.lastIndexOf('.');
  let integerPart: string;
  let fraction: string;
  if (lastComma >= 0 && lastDot >= 0) {
    const decimalAt = Math.max(lastComma, lastDot);
    const thousands = decimalAt === lastComma ? '.' : ',';
    integerPart = number.slice(0, decimalAt);
    fraction = number.slice(decimalAt + 1);
    if (!isGroupedInteger(integerPart, thousands)) return { ok: false, reason: 'unreadable' };
    integerPart = integerPart.split(thousands).join('');
  } else if (lastComma >= 0) {
    if (number.indexOf(',') !== lastComma) return { ok: false, reason: 'unreadable' };
    integerPart = number.slice(0, lastComma);
    fraction = number.slice(lastComma + 1);
  } else if (lastDot >= 0) {
    if (isGroupedInteger(number, '.') && number.includes('.')) {
      integerPart = number.split('.').join('');
      fraction = '';
    } else {
      if (number.indexOf('.') !== lastDot) return { ok: false, reason: 'unreadable' };
      integerPart = number.slice(0, lastDot);
      fraction = number.slice(lastDot + 1);
    }
  } else {
    integerPart = number;
    fraction = '';
  }
  if (!/^\d*$/.test(integerPart) || !/^\d*$/.test(fraction)) return { ok: false, reason: 'unreadable' };
  if (integerPart === '' && fraction === '') return { ok: false, reason: 'unreadable' };
  if (fraction.length > 2) return { ok: false, reason: 'too-many-decimals' };
  const cents = Number(integerPart || '0') * 100 + Number(fraction.padEnd(2, '0') || '0');
  if (!Number.isSafeInteger(cents)) return { ok: false, reason: 'unreadable' };
  return { ok: true, cents: sign * cents };
}

function isGroupedInteger(text: string, separator: '.' | ','): boolean {
  const groups = text.split(separator);
  if (groups.length === 1) return /^\d+$/.test(text);
  const [first, ...rest] = groups;
  return /^[1-9]\d{0,2}$/.test(first ?? '') && rest.every((group) => /^\d{3}$/.test(group));
}

/** Cents → `1,25` (decimal comma, Belgian Excel) or `1.25` (RFC 4180 files). No thousands separator. */
export function formatCentsDecimal(cents: number, decimalSeparator: ',' | '.'): string {
  const sign = cents < 0 ? '-' : '';
  const absolute = Math.abs(cents);
  const whole = Math.floor(absolute / 100);
  const fraction = String(absolute % 100).padStart(2, '0');
  return `${sign}${whole}${decimalSeparator}${fraction}`;
}
