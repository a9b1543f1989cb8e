// How long an enrolment lasts and its data is kept, and whether clients may come without an appointment.
import { walkInPolicies } from '../../../main/contract/settings';
import { useI18n } from '../../i18n/index';
import { NumberField, type SectionProps } from './SettingsField';

export function EnrolmentSection(props: SectionProps) {
  const { t } = useI18n();
  return (
    <section className="settings-section" aria-labelledby="settings-enrolment">
      <h2 id="settings-enrolment">{t('shopSettings.section.enrolment')}</h2>
      <NumberField {...props} name="enrolmentMonths" />
      <NumberField {...props} name="expiringDays" />
      <NumberField {...props} name="retentionMonths" hint={t('shopSettings.hint.retentionMonths')} />
    </section>
  );
}

/** The three walk-in choices, each with what it means at the till in plain words. */
export function AppointmentsSection({ values, set }: SectionProps) {
  const { t } = useI18n();
  return (
    <section className="settings-section" aria-labelledby="settings-appointments">
      <h2 id="settings-appointments">{t('shopSettings.section.appointments')}</h2>
      <fieldset className="fieldset">
        <legend>{t('shopSettings.field.walkInPolicy')}</legend>
        {walkInPolicies.map((policy) => (
          <label key={policy} className="settings-radio">
            <input
              type="radio"
              className="settings-radio-input"
              name="walkInPolicy"
              value={policy}
              checked={values.walkInPolicy === policy}
              onChange={() => set({ walkInPolicy: policy })}
              aria-describedby={`walk-in-${policy}-hint`}
            />
            <span className="settings-radio-text">
              <strong>{t(`shopSettings.walkIn.${policy}`)}</strong>
              <span id={`walk-in-${policy}-hint`} className="muted settings-hint">
                {t(`shopSettings.walkIn.${policy}.hint`)}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}
