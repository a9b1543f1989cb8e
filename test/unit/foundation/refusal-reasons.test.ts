// Every reason a refused call can carry has a sentence in nl, fr and en, so no volunteer reads an
// English fallback or a bare code. The list comes from main/contract/refusals.ts, which TillError,
// notFound and the dispatcher are typed against.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorCodes } from '../../../main/contract/define';
import { refusalReasons } from '../../../main/contract/refusals';
import { errors } from '../../../renderer/i18n/areas/errors';
import { translateError } from '../../../renderer/i18n/index';

const languages = ['nl', 'fr', 'en'] as const;
const root = join(__dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('refusal reasons', () => {
  it.each(languages)('each reason and error code has its own message in %s', (lang) => {
    const table = errors[lang] as Record<string, string>;
    const missing = [...refusalReasons, ...errorCodes].filter((key) => !table[key]?.trim());
    expect(missing).toEqual([]);
  });

  it.each(languages)('no refusal falls back to the English message in %s', (lang) => {
    const fallback = 'ENGLISH FALLBACK';
    const shown = refusalReasons.filter(
      (reason) => translateError(lang, { code: 'refused', reason, message: fallback }) === fallback,
    );
    expect(shown).toEqual([]);
  });

  it('lists every reason literal a service throws (also guards against casts around the type)', () => {
    const listed = new Set<string>(refusalReasons);
    const unlisted: string[] = [];
    let found = 0;
    for (const file of sourceFiles('main')) {
      const text = readFileSync(join(root, file), 'utf8');
      for (const m of text.matchAll(/new TillError\(\s*'[a-z-]+',\s*'([a-z-]+)'/g)) {
        found += 1;
        if (m[1] && !listed.has(m[1])) unlisted.push(`${file}: ${m[1]}`);
      }
      for (const m of text.matchAll(/notFound\('([a-z-]+)'\)/g)) {
        if (m[1] && !listed.has(`${m[1]}-not-found`)) unlisted.push(`${file}: ${m[1]}-not-found`);
      }
    }
    expect(found).toBeGreaterThan(40);
    expect(unlisted).toEqual([]);
  });

  it('fills the details a refusal carries, amounts as money', () => {
    expect(
      translateError('nl', { code: 'refused', reason: 'tendered-short', message: 'x', details: { dueCents: 1250 } }),
    ).toMatch(/12,50/);
    expect(
      translateError('fr', { code: 'refused', reason: 'return-too-late', message: 'x', details: { days: 14 } }),
    ).toBe('Un retour est possible jusqu’à 14 jours après la vente.');
    expect(translateError('nl', { code: 'refused', reason: 'card-blocked', message: 'card blocked' })).toBe(
      'Deze kaart kan niet meer gebruikt worden. Vraag het een coördinator.',
    );
  });
});
