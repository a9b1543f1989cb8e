// Every action the code writes to the audit log reads as a phrase in nl, fr and en, and details read
// as "label: value" pairs. The actions are derived from the source of main/ (not copied by hand), so
// a new audit(...) call with an untranslated action fails here.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditActions } from '../../../main/contract/audit-actions';
import { languages } from '../../../main/contract/money';
import { auditActionText } from '../../../renderer/i18n/areas/audit-actions';
import { translate } from '../../../renderer/i18n/index';
import { actionText, detailPairs, entityText } from '../../../renderer/screens/audit/auditText';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') && !path.endsWith('audit-actions.ts') ? [path] : [];
  });
}
const code = sources(join(process.cwd(), 'main')).map((path) => readFileSync(path, 'utf8'));

/** Dotted literals on lines that pass an action: `action: …`, `record(…, 'x.y'` and the PIN check's fail action. */
function actionsInCode(): Set<string> {
  const found = new Set<string>();
  for (const text of code)
    for (const line of text.split('\n'))
      if (/\baction:|\brecord\(|verifyPinWithLockout\(/.test(line))
        for (const [, literal] of line.matchAll(/'([a-z]+(?:-[a-z]+)*\.[a-z]+(?:-[a-z]+)*)'/g))
          if (literal) found.add(literal);
  return found;
}

/** Keys of the details objects the code writes (`details: { … }` and the households' record helpers). */
function detailKeysInCode(): Set<string> {
  const keys = new Set<string>();
  const add = (body: string) => {
    for (const [, key] of body.matchAll(/(?:^|[{,])\s*([a-zA-Z]+)\s*(?=[:,}]|$)/g)) if (key) keys.add(key);
  };
  for (const text of code) {
    for (const [, body] of text.matchAll(/details: \{([^}]*)\}/g)) if (body) add(body);
    for (const [, body] of text.matchAll(/\brecord\([^{\n]*'[a-z-]+\.[a-z-]+'[^{\n]*\{([^}]*)\}/g)) if (body) add(body);
  }
  return keys;
}

describe('audit actions', () => {
  it('finds the actions the code writes (the scan itself works)', () => {
    const found = actionsInCode();
    expect(found).toContain('appointment.book');
    expect(found).toContain('auth.lockout');
    expect(found).toContain('household.renew');
    expect(found).toContain('rules.override-pin-failed');
    expect(found.size).toBeGreaterThan(40);
  });

  it('lists every action written in main/ as an AuditAction', () => {
    const listed = new Set<string>(auditActions);
    expect([...actionsInCode()].filter((a) => !listed.has(a))).toEqual([]);
  });

  it.each(languages)('has a phrase for every action in %s, never the code itself', (lang) => {
    for (const action of [...auditActions, ...actionsInCode()]) {
      const text = actionText(lang, action);
      expect(text, action).not.toContain(action);
      expect(text.length, action).toBeGreaterThan(3);
      expect(auditActionText[lang]).toHaveProperty([action]);
    }
  });

  it('has a label for every details key the code writes, in every language', () => {
    const keys = detailKeysInCode();
    expect(keys).toContain('floatCents');
    expect(keys).toContain('suspensionId');
    for (const lang of languages)
      for (const key of keys) expect(translate(lang, `audit.detail.${key}`), `${lang} ${key}`).not.toContain('audit.');
  });
});

describe('audit details and entities', () => {
  it('shows money as money, ids as #n, yes/no and a month name, never JSON', () => {
    const pairs = detailPairs(
      'nl',
      JSON.stringify({ countedCents: 12345, householdId: 12, ok: true, month: '2026-10' }),
    );
    const text = pairs.map((p) => `${p.label}: ${p.value}`).join(' | ');
    expect(text).toMatch(/^Geteld: €\s123,45 \| Gezin: #12 \| Gelukt: ja \| Maand: oktober 2026$/);
    expect(text).not.toMatch(/[{}"]/);
  });

  it('translates codes in details: format, roles, language', () => {
    const pairs = detailPairs('fr', JSON.stringify({ format: 'xlsx', roles: 'cashier,coordinator', language: 'nl' }));
    expect(pairs.map((p) => `${p.label}: ${p.value}`)).toEqual([
      'Type de fichier: XLSX',
      `Rôles: ${translate('fr', 'common.role.cashier')}, ${translate('fr', 'common.role.coordinator')}`,
      `Langue: ${translate('fr', 'common.lang.nl')}`,
    ]);
  });

  it('names an opening session by its weekday, not its number', () => {
    expect(detailPairs('nl', JSON.stringify({ weekday: 2 }))[0]).toMatchObject({ label: 'Weekdag', value: 'Dinsdag' });
    expect(detailPairs('fr', JSON.stringify({ weekday: 7 }))[0]?.value).toBe(translate('fr', 'appointments.weekday.7'));
  });

  it("names a household's changed fields in words", () => {
    const [pair] = detailPairs(
      'nl',
      JSON.stringify({ fields: 'phone,referencePerson.name,members.0.added,member.7.removed' }),
    );
    expect(pair?.value).toBe('telefoon, referentiepersoon (naam), gezinslid 1 (toegevoegd), gezinslid #7 (verwijderd)');
  });

  it('names what an entry concerns, without a dangling # when there is no id', () => {
    expect(entityText('nl', 'report', null)).toBe('Rapport');
    expect(entityText('fr', 'household', 7)).toBe('Ménage #7');
    expect(detailPairs('en', 'not json')).toEqual([]);
  });
});
