// Header matching against alias lists in nl/fr/en, case-, accent- and punctuation-insensitive.

/** `Prix de référence` → `prix de reference`; `Naam_NL` → `naam nl`. */
export function normaliseHeader(raw: string): string {
  return raw
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[%€()]/g, ' ')
    .replace(/[\s_\-.'’:/]+/g, ' ')
    .trim();
}

export type HeaderAliases<Column extends string> = Readonly<Record<Column, readonly string[]>>;

export interface HeaderMatch<Column extends string> {
  /** Column → index in the record. Missing columns are absent. */
  readonly indexOf: Partial<Record<Column, number>>;
  readonly missing: readonly Column[];
  /** Headers that matched no alias (kept so a preview can show them as ignored). */
  readonly unknown: readonly string[];
  /** Columns named twice: the first one wins; reported so the user can fix the file. */
  readonly duplicated: readonly Column[];
}

export function matchHeaders<Column extends string>(
  header: readonly string[],
  aliases: HeaderAliases<Column>,
  required: readonly Column[],
): HeaderMatch<Column> {
  const lookup = new Map<string, Column>();
  for (const column of Object.keys(aliases) as Column[]) {
    for (const alias of aliases[column]) lookup.set(normaliseHeader(alias), column);
  }
  const indexOf: Partial<Record<Column, number>> = {};
  const unknown: string[] = [];
  const duplicated: Column[] = [];
  header.forEach((raw, index) => {
    const column = lookup.get(normaliseHeader(raw));
    if (column === undefined) {
      if (raw.trim() !== '') unknown.push(raw);
    } else if (indexOf[column] !== undefined) duplicated.push(column);
    else indexOf[column] = index;
  });
  const missing = required.filter((column) => indexOf[column] === undefined);
  return { indexOf, missing, unknown, duplicated };
}

/** The trimmed cell for a column, or '' when the column or the cell is absent. */
export function cellOf<Column extends string>(
  fields: readonly string[],
  indexOf: Partial<Record<Column, number>>,
  column: Column,
): string {
  const index = indexOf[column];
  return index === undefined ? '' : (fields[index] ?? '').trim();
}

/** Excel leaves `;;;;` rows after the data: they are not rows anyone meant. */
export function isBlankRecord(fields: readonly string[]): boolean {
  return fields.every((field) => field.trim() === '');
}
