// The shipped Belgian postal-code list, read once per process.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type PostalCodeIndex, parsePostalCodes } from '../../domain/postal-codes';

let cached: PostalCodeIndex | undefined;

export function postalCodeIndex(): PostalCodeIndex {
  if (!cached) {
    const file = fileURLToPath(new URL('../../../db/data/belgian-postal-codes.csv', import.meta.url));
    cached = parsePostalCodes(readFileSync(file, 'utf8')).index;
  }
  return cached;
}
