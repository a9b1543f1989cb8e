import { type FormEvent, useState } from 'react';
import type { CallError, FieldError } from '../../../main/contract/define';
import { type DuplicateCandidate, enrolmentBases, type HouseholdForm as Form } from '../../../main/contract/households';
import type { Language } from '../../../main/contract/money';
import { call } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LanguageSelect } from '../../components/LanguageSelect';
import { useSingleFlight } from '../../components/useSingleFlight';
import { todayIn } from '../../dates';
import { useI18n } from '../../i18n/index';
import { useSession } from '../../session';
import { DuplicateWarning } from './DuplicateWarning';
import { displayDate, Field } from './Field';
import { type OrganisationChoice, OrganisationSelect } from './OrganisationSelect';

type Member = { firstName: string; lastName: string; dateOfBirth: string };

/** Enrolment form; the duplicate check runs before anything is saved. */
export function HouseholdForm({ onCancel, onOpen }: { onCancel: () => void; onOpen: (id: number) => void }) {
  const { t } = useI18n();
  const { timeZone } = useSession();
  const [person, setPerson] = useState({ firstName: '', lastName: '', dateOfBirth: '', phone: '' });
  const [language, setLanguage] = useState<Language>('nl');
  const [members, setMembers] = useState<Member[]>([]);
  const [postalCode, setPostalCode] = useState('');
  const [organisation, setOrganisation] = useState<OrganisationChoice>({ kind: 'ocmw-cpas', id: null });
  const [basis, setBasis] = useState<(typeof enrolmentBases)[number]>('income-check');
  const [referralDate, setReferralDate] = useState('');
  const [validFrom, setValidFrom] = useState(() => displayDate(todayIn(timeZone)));
  const [validUntil, setValidUntil] = useState('');
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [error, setError] = useState<CallError | null>(null);
  const [duplicates, setDuplicates] = useState<DuplicateCandidate[]>([]);
  const [confirmed, setConfirmed] = useState<number[]>([]);

  const form = (): Form => ({
    referencePerson: { ...person, language, ...(person.phone ? {} : { phone: undefined }) },
    members: members.map((m) => ({ ...m, lastName: m.lastName || undefined })),
    postalCode,
    enrolment: { validFrom, validUntil, referringOrganisation: organisation.kind },
    organisationId: organisation.id,
    basis,
    ...(referralDate ? { referralDate } : {}),
    ...(notes ? { notes } : {}),
  });

  const save = useSingleFlight(async (confirmedDifferent: number[]) => {
    const check = await call('households:check-duplicates', { form: form() });
    const open = check.ok ? check.value.filter((d) => !confirmedDifferent.includes(d.householdId)) : [];
    if (open.length > 0) {
      setDuplicates(open);
      return;
    }
    setDuplicates([]);
    const result = await call('households:enrol-household', { form: form(), confirmedDifferent });
    if (!result.ok) {
      setErrors(result.error.fields ?? []);
      return setError(result.error);
    }
    onOpen(result.value.householdId);
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(confirmed);
  };
  const confirmDifferent = (householdId: number) => {
    const next = [...confirmed, householdId];
    setConfirmed(next);
    void save(next);
  };
  const setMember = (index: number, patch: Partial<Member>) =>
    setMembers(members.map((m, i) => (i === index ? { ...m, ...patch } : m)));
  const field = (id: string, label: Parameters<typeof t>[0], path: string, value: string, set: (v: string) => void) => (
    <Field id={id} label={label} path={path} value={value} onChange={set} errors={errors} />
  );

  return (
    <form className="hh hh-form" onSubmit={submit} aria-labelledby="hh-new-title">
      <div className="hh-toolbar">
        <button type="button" className="button button-ghost" onClick={onCancel}>
          ← {t('households.back')}
        </button>
        <h2 id="hh-new-title">{t('households.newHousehold')}</h2>
      </div>
      <DuplicateWarning duplicates={duplicates} onOpen={onOpen} onDifferent={confirmDifferent} />
      <fieldset className="fieldset hh-grid">
        <legend>{t('households.referencePerson')}</legend>
        {field('hh-first', 'households.firstName', 'referencePerson.firstName', person.firstName, (v) =>
          setPerson({ ...person, firstName: v }),
        )}
        {field('hh-last', 'households.lastName', 'referencePerson.lastName', person.lastName, (v) =>
          setPerson({ ...person, lastName: v }),
        )}
        <Field
          id="hh-birth"
          label="households.dateOfBirth"
          path="referencePerson.dateOfBirth"
          value={person.dateOfBirth}
          onChange={(v) => setPerson({ ...person, dateOfBirth: v })}
          errors={errors}
          placeholder={t('households.datePlaceholder')}
        />
        <Field
          id="hh-phone"
          label="households.phone"
          path="referencePerson.phone"
          value={person.phone}
          onChange={(v) => setPerson({ ...person, phone: v })}
          errors={errors}
          inputMode="tel"
        />
        <div className="hh-field">
          <label htmlFor="hh-lang">{t('households.language')}</label>
          <LanguageSelect id="hh-lang" value={language} onChange={setLanguage} />
        </div>
        <Field
          id="hh-postal"
          label="households.postalCode"
          path="postalCode"
          value={postalCode}
          onChange={setPostalCode}
          errors={errors}
          inputMode="numeric"
        />
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('households.members')}</legend>
        {members.map((m, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity before saving
          <div key={i} className="hh-grid hh-member">
            <Field
              id={`hh-m${i}-first`}
              label="households.firstName"
              path={`members.${i}.firstName`}
              value={m.firstName}
              onChange={(v) => setMember(i, { firstName: v })}
              errors={errors}
            />
            <Field
              id={`hh-m${i}-last`}
              label="households.lastName"
              path={`members.${i}.lastName`}
              value={m.lastName}
              onChange={(v) => setMember(i, { lastName: v })}
              errors={errors}
            />
            <Field
              id={`hh-m${i}-birth`}
              label="households.dateOfBirth"
              path={`members.${i}.dateOfBirth`}
              value={m.dateOfBirth}
              onChange={(v) => setMember(i, { dateOfBirth: v })}
              errors={errors}
              placeholder={t('households.datePlaceholder')}
            />
            <button
              type="button"
              className="button button-ghost"
              onClick={() => setMembers(members.filter((_, j) => j !== i))}
            >
              {t('households.removeMember')}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button"
          onClick={() => setMembers([...members, { firstName: '', lastName: '', dateOfBirth: '' }])}
        >
          + {t('households.addMember')}
        </button>
      </fieldset>
      <fieldset className="fieldset hh-grid">
        <legend>{t('households.referral')}</legend>
        <OrganisationSelect value={organisation} onChange={setOrganisation} />
        <div className="hh-field">
          <label htmlFor="hh-basis">{t('households.basis')}</label>
          <select
            id="hh-basis"
            className="input"
            value={basis}
            onChange={(e) => setBasis(enrolmentBases.find((k) => k === e.target.value) ?? 'other')}
          >
            {enrolmentBases.map((k) => (
              <option key={k} value={k}>
                {t(`households.basis.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <Field
          id="hh-referral"
          label="households.referralDate"
          path="referralDate"
          value={referralDate}
          onChange={setReferralDate}
          errors={errors}
          placeholder={t('households.datePlaceholder')}
        />
        <Field
          id="hh-from"
          label="households.validFrom"
          path="enrolment.validFrom"
          value={validFrom}
          onChange={setValidFrom}
          errors={errors}
          placeholder={t('households.datePlaceholder')}
        />
        <Field
          id="hh-until"
          label="households.validUntil"
          path="enrolment.validUntil"
          value={validUntil}
          onChange={setValidUntil}
          errors={errors}
          placeholder={t('households.datePlaceholder')}
        />
        <div className="hh-field hh-field-wide">
          <label htmlFor="hh-notes">{t('households.notes')}</label>
          <textarea
            id="hh-notes"
            className="input"
            value={notes}
            onChange={(e) => setNotes(e.target.value)}
            maxLength={2000}
            rows={2}
          />
        </div>
      </fieldset>
      <ErrorMessage error={error} />
      <div className="actions">
        <button type="submit" className="button button-primary">
          {t('households.save')}
        </button>
      </div>
    </form>
  );
}
