// The shop settings form sends only what changed (an emptied number counts as changed, so the till
// refuses it in words), puts the till's refusals in words per field, and the audit log names the
// changed settings in the reader's language.
import { describe, expect, it } from 'vitest';
import { type EditableSettings, editableSettingsSchema } from '../../../main/contract/settings';
import { translate } from '../../../renderer/i18n/index';
import { detailPairs } from '../../../renderer/screens/audit/auditText';
import { changesOf, fieldMessage, toForm } from '../../../renderer/screens/settings/shopSettingsForm';

const loaded: EditableSettings = editableSettingsSchema.parse({
  shopName: 'De Buurt',
  timeZone: 'Europe/Brussels',
  defaultLanguage: 'nl',
  idleLockMinutes: 5,
  enrolmentMonths: 6,
  expiringDays: 14,
  retentionMonths: 24,
  returnDays: 14,
  vatLiable: true,
  paymentMethods: ['cash', 'card'],
  walkInPolicy: 'if-room',
  cardPrefix: '049',
  variableMeasureRules: [{ prefix: '21', kind: 'price' }],
});

describe('changesOf', () => {
  it('sends nothing for an untouched form', () => {
    expect(changesOf(toForm(loaded), loaded)).toEqual({});
  });

  it('sends only the changed settings, numbers as numbers', () => {
    const form = {
      ...toForm(loaded),
      walkInPolicy: 'refused' as const,
      returnDays: ' 30 ',
      paymentMethods: ['cash' as const],
    };
    expect(changesOf(form, loaded)).toEqual({ walkInPolicy: 'refused', returnDays: 30, paymentMethods: ['cash'] });
  });

  it('sends an emptied number field as not-a-number, which the contract refuses', () => {
    const changes = changesOf({ ...toForm(loaded), idleLockMinutes: '' }, loaded);
    expect(Number.isNaN(changes.idleLockMinutes)).toBe(true);
    expect(editableSettingsSchema.partial().safeParse(changes).success).toBe(false);
  });
});

describe('fieldMessage', () => {
  it('gives a number field the range the contract accepts', () => {
    const message = fieldMessage({ path: 'idleLockMinutes', code: 'too_big' });
    expect(translate('nl', message.key, message.params)).toBe('Vul een geheel getal in van 1 tot 120.');
    const days = fieldMessage({ path: 'expiringDays', code: 'too_small' });
    expect(translate('fr', days.key, days.params)).toBe('Indiquez un nombre entier de 0 à 90.');
  });

  it('tells a duplicate barcode prefix from one outside 20–29', () => {
    expect(fieldMessage({ path: 'variableMeasureRules.1.prefix', code: 'custom' }).key).toBe(
      'shopSettings.error.rulePrefix.duplicate',
    );
    expect(fieldMessage({ path: 'variableMeasureRules.0.prefix', code: 'invalid_format' }).key).toBe(
      'shopSettings.error.rulePrefix',
    );
  });

  it('matches what the contract reports for a refused input', () => {
    const result = editableSettingsSchema.partial().safeParse({
      paymentMethods: [],
      variableMeasureRules: [
        { prefix: '22', kind: 'price' },
        { prefix: '22', kind: 'weight' },
      ],
    });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join('.')) ?? [];
    expect(paths.sort()).toEqual(['paymentMethods', 'variableMeasureRules.1.prefix']);
    const [duplicate] = result.error?.issues.filter((i) => i.path.length > 1) ?? [];
    expect(fieldMessage({ path: 'variableMeasureRules.1.prefix', code: duplicate?.code ?? '' }).key).toBe(
      'shopSettings.error.rulePrefix.duplicate',
    );
  });
});

describe('the audit entry of a settings change', () => {
  it('names the changed settings in the reader’s language', () => {
    const [pair] = detailPairs('nl', JSON.stringify({ settings: 'walkInPolicy,paymentMethods' }));
    expect(pair).toEqual({
      key: 'settings',
      label: 'Instellingen',
      value: 'Klanten zonder afspraak, Manieren van betalen aan de kassa',
    });
  });
});
