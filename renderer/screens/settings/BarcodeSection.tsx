// The household cards' number range and the labels of a scale or price printer (prefix 20–29: the
// digits before the check digit are a price in cents or a weight in grams).
import { type VariableMeasureRule, variableMeasureKinds } from '../../../main/contract/settings';
import { useI18n } from '../../i18n/index';
import { describedBy, Field, FieldErrorText, type SectionProps } from './SettingsField';
import { errorAt } from './shopSettingsForm';

const cardPrefixes = Array.from({ length: 10 }, (_, i) => `04${i}`);
const rulePrefixes = Array.from({ length: 10 }, (_, i) => `2${i}`);

export function BarcodeSection(props: SectionProps) {
  const { t } = useI18n();
  const { values, set, fields } = props;
  const rules = values.variableMeasureRules;
  const setRule = (index: number, patch: Partial<VariableMeasureRule>) =>
    set({ variableMeasureRules: rules.map((r, i) => (i === index ? { ...r, ...patch } : r)) });
  // A new rule takes the first free prefix, so adding one never makes a duplicate by itself.
  const freePrefix = rulePrefixes.find((p) => !rules.some((r) => r.prefix === p));
  const cardInvalid = errorAt(fields, 'cardPrefix') !== undefined;
  return (
    <section className="settings-section settings-wide" aria-labelledby="settings-barcodes">
      <h2 id="settings-barcodes">{t('shopSettings.section.barcodes')}</h2>
      <Field id="setting-cardPrefix" path="cardPrefix" label={t('shopSettings.field.cardPrefix')} fields={fields}>
        <select
          {...describedBy('setting-cardPrefix', cardInvalid, false)}
          className={cardInvalid ? 'input input-invalid settings-number' : 'input settings-number'}
          value={values.cardPrefix}
          onChange={(e) => set({ cardPrefix: e.target.value })}
        >
          {cardPrefixes.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </Field>
      <fieldset className="fieldset" aria-describedby="setting-rules-hint">
        <legend>{t('shopSettings.field.variableMeasureRules')}</legend>
        <p id="setting-rules-hint" className="muted settings-hint">
          {t('shopSettings.hint.variableMeasureRules')}
        </p>
        {rules.length === 0 && <p>{t('shopSettings.rule.none')}</p>}
        {rules.map((rule, index) => {
          const id = `setting-rule-${index}`;
          const prefixInvalid = errorAt(fields, `variableMeasureRules.${index}.prefix`) !== undefined;
          return (
            <div
              // Rules have no id of their own, and the rows hold no state: the position is also what
              // the till's field errors name.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              key={index}
              className="settings-rule"
              role="group"
              aria-label={t('shopSettings.rule.number', { n: index + 1 })}
            >
              <label htmlFor={`${id}-prefix`}>{t('shopSettings.rule.prefix')}</label>
              <select
                {...describedBy(`${id}-prefix`, prefixInvalid, false)}
                className={prefixInvalid ? 'input input-invalid settings-number' : 'input settings-number'}
                value={rule.prefix}
                onChange={(e) => setRule(index, { prefix: e.target.value })}
              >
                {rulePrefixes.map((p) => (
                  <option key={p} value={p}>
                    {p}
                  </option>
                ))}
              </select>
              <label htmlFor={`${id}-kind`}>{t('shopSettings.rule.kind')}</label>
              <select
                id={`${id}-kind`}
                className="input settings-kind"
                value={rule.kind}
                onChange={(e) =>
                  setRule(index, { kind: variableMeasureKinds.find((k) => k === e.target.value) ?? rule.kind })
                }
              >
                {variableMeasureKinds.map((k) => (
                  <option key={k} value={k}>
                    {t(`shopSettings.rule.${k}`)}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="button"
                aria-label={t('shopSettings.rule.remove', { prefix: rule.prefix })}
                onClick={() => set({ variableMeasureRules: rules.filter((_, i) => i !== index) })}
              >
                {t('shopSettings.rule.removeShort')}
              </button>
              <FieldErrorText id={`${id}-prefix-error`} fields={fields} path={`variableMeasureRules.${index}.prefix`} />
            </div>
          );
        })}
        <FieldErrorText id="setting-rules-error" fields={fields} path="variableMeasureRules" />
        {freePrefix && (
          <button
            type="button"
            className="button"
            onClick={() => set({ variableMeasureRules: [...rules, { prefix: freePrefix, kind: 'price' }] })}
          >
            {t('shopSettings.rule.add')}
          </button>
        )}
      </fieldset>
    </section>
  );
}
