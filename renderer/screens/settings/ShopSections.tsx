// The first two groups of the shop settings: the shop itself, then the till and how clients pay.
import { paymentMethods } from '../../../main/contract/settings';
import { LanguageSelect } from '../../components/LanguageSelect';
import { useI18n } from '../../i18n/index';
import { describedBy, Field, FieldErrorText, NumberField, type SectionProps } from './SettingsField';
import { errorAt } from './shopSettingsForm';

/** Every zone this browser knows (what the till checks too), with the shop's own even if it is missing. */
function timeZones(current: string): string[] {
  const known = Intl.supportedValuesOf('timeZone');
  return known.includes(current) ? known : [current, ...known];
}

export function ShopSection({ tillId, ...props }: SectionProps & { tillId: string }) {
  const { t } = useI18n();
  const { values, set, fields } = props;
  const invalid = (path: string) => errorAt(fields, path) !== undefined;
  return (
    <section className="settings-section" aria-labelledby="settings-shop">
      <h2 id="settings-shop">{t('shopSettings.section.shop')}</h2>
      <Field id="setting-shopName" path="shopName" label={t('shopSettings.field.shopName')} fields={fields}>
        <input
          {...describedBy('setting-shopName', invalid('shopName'), false)}
          className={invalid('shopName') ? 'input input-invalid' : 'input'}
          maxLength={80}
          value={values.shopName}
          onChange={(e) => set({ shopName: e.target.value })}
        />
      </Field>
      <Field
        id="setting-defaultLanguage"
        path="defaultLanguage"
        label={t('shopSettings.field.defaultLanguage')}
        hint={t('shopSettings.hint.defaultLanguage')}
        fields={fields}
      >
        <LanguageSelect
          id="setting-defaultLanguage"
          describedBy={describedBy('setting-defaultLanguage', invalid('defaultLanguage'), true)['aria-describedby']}
          value={values.defaultLanguage}
          onChange={(defaultLanguage) => set({ defaultLanguage })}
        />
      </Field>
      <Field
        id="setting-timeZone"
        path="timeZone"
        label={t('shopSettings.field.timeZone')}
        hint={t('shopSettings.hint.timeZone')}
        fields={fields}
      >
        <select
          {...describedBy('setting-timeZone', invalid('timeZone'), true)}
          className={invalid('timeZone') ? 'input input-invalid' : 'input'}
          value={values.timeZone}
          onChange={(e) => set({ timeZone: e.target.value })}
        >
          {timeZones(values.timeZone).map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll('_', ' ')}
            </option>
          ))}
        </select>
      </Field>
      <div className="settings-field">
        <span className="settings-label">{t('shopSettings.tillId')}</span>
        <strong className="settings-readonly">{tillId}</strong>
        <span className="muted settings-hint">{t('shopSettings.tillId.hint')}</span>
      </div>
    </section>
  );
}

export function TillSection(props: SectionProps) {
  const { t } = useI18n();
  const { values, set, fields } = props;
  const toggle = (method: (typeof paymentMethods)[number], on: boolean) =>
    set({
      // Kept in the contract's order, so the till's payment buttons do not move around.
      paymentMethods: paymentMethods.filter((m) => (m === method ? on : values.paymentMethods.includes(m))),
    });
  const methodsInvalid = errorAt(fields, 'paymentMethods') !== undefined;
  return (
    <section className="settings-section" aria-labelledby="settings-till">
      <h2 id="settings-till">{t('shopSettings.section.till')}</h2>
      <fieldset
        className={methodsInvalid ? 'fieldset settings-invalid' : 'fieldset'}
        aria-describedby={methodsInvalid ? 'setting-paymentMethods-error' : undefined}
      >
        <legend>{t('shopSettings.field.paymentMethods')}</legend>
        <div className="settings-checks">
          {paymentMethods.map((method) => (
            <label key={method} className="check">
              <input
                type="checkbox"
                className="settings-check-input"
                aria-invalid={methodsInvalid ? true : undefined}
                checked={values.paymentMethods.includes(method)}
                onChange={(e) => toggle(method, e.target.checked)}
              />
              {t(`shopSettings.payment.${method}`)}
            </label>
          ))}
        </div>
        <FieldErrorText id="setting-paymentMethods-error" fields={fields} path="paymentMethods" />
      </fieldset>
      <label className="check">
        <input
          type="checkbox"
          className="settings-check-input"
          checked={values.vatLiable}
          onChange={(e) => set({ vatLiable: e.target.checked })}
        />
        {t('shopSettings.field.vatLiable')}
      </label>
      <NumberField {...props} name="returnDays" />
      <NumberField {...props} name="idleLockMinutes" />
    </section>
  );
}
