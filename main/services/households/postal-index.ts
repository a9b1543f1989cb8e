// The shipped Belgian postal-code list, read once per process.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type PostalCodeIndex, parsePostalCodes } from '../../domain/postal-codes';
import { packageRoot } from '../../package-root';

let cached: PostalCodeIndex | undefined;

export function postalCodeIndex(): PostalCodeIndex {
  if (!cached) {
    const file = join(packageRoot, 'db', 'data', 'belgian-postal-codes.csv');
    cached = parsePostalCodes(readFileSync(file, 'utf8')).index;
  }
  return cached;
}
