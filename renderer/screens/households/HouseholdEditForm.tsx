import { type FormEvent, useState } from 'react';
import type { CallError, FieldError } from '../../../main/contract/define';
import type { DuplicateCandidate, HouseholdDetails, HouseholdFile } from '../../../main/contract/households';
import type { Language } from '../../../main/contract/money';
import { call } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LanguageSelect } from '../../components/LanguageSelect';
import { useSingleFlight } from '../../components/useSingleFlight';
import { useI18n } from '../../i18n/index';
import { DuplicateWarning } from './DuplicateWarning';
import { displayDate, Field } from './Field';

type Person = { id?: number; firstName: string; lastName: string; dateOfBirth: string };

/** Correcting a file after enrolment: the people, postal code, language and phone. */
export function HouseholdEditForm({
  file,
  onSaved,
  onCancel,
  onOpen,
}: {
  file: HouseholdFile;
  onSaved: (changed: boolean) => void;
  onCancel: () => void;
  onOpen: (householdId: number) => void;
}) {
  const { t } = useI18n();
  const asPerson = (m: HouseholdFile['members'][number]): Person => ({
    id: m.id,
    firstName: m.firstName,
    lastName: m.lastName,
    dateOfBirth: displayDate(m.dateOfBirth),
  });
  const reference = file.members.find((m) => m.isReference);
  const [person, setPerson] = useState<Person>(
    reference ? asPerson(reference) : { firstName: '', lastName: '', dateOfBirth: '' },
  );
  const [members, setMembers] = useState<Person[]>(file.members.filter((m) => !m.isReference).map(asPerson));
  const [postalCode, setPostalCode] = useState(file.postalCode ?? '');
  const [language, setLanguage] = useState<Language>(file.language);
  const [phone, setPhone] = useState(file.phone ?? '');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [error, setError] = useState<CallError | null>(null);
  const [duplicates, setDuplicates] = useState<DuplicateCandidate[]>([]);
  const [confirmed, setConfirmed] = useState<number[]>([]);

  const save = useSingleFlight(async (confirmedDifferent: number[]) => {
    const details: HouseholdDetails = { referencePerson: person, members, postalCode, language, phone };
    const result = await call('households:update-household', {
      householdId: file.id,
      details,
      confirmedDifferent,
    });
    if (!result.ok) {
      setDuplicates([]);
      setErrors(result.error.fields ?? []);
      return setError(result.error);
    }
    if (result.value.kind === 'duplicates') return setDuplicates(result.value.candidates);
    onSaved(result.value.changed.length > 0);
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
  const setMember = (index: number, patch: Partial<Person>) =>
    setMembers(members.map((m, i) => (i === index ? { ...m, ...patch } : m)));
  const personFields = (prefix: string, path: string, value: Person, set: (patch: Partial<Person>) => void) => (
    <>
      <Field
        id={`${prefix}-first`}
        label="households.firstName"
        path={`${path}.firstName`}
        value={value.firstName}
        onChange={(v) => set({ firstName: v })}
        errors={errors}
      />
      <Field
        id={`${prefix}-last`}
        label="households.lastName"
        path={`${path}.lastName`}
        value={value.lastName}
        onChange={(v) => set({ lastName: v })}
        errors={errors}
      />
      <Field
        id={`${prefix}-birth`}
        label="households.dateOfBirth"
        path={`${path}.dateOfBirth`}
        value={value.dateOfBirth}
        onChange={(v) => set({ dateOfBirth: v })}
        errors={errors}
        placeholder={t('households.datePlaceholder')}
      />
    </>
  );

  return (
    <form className="hh hh-form" onSubmit={submit} aria-labelledby="hh-edit-title">
      <div className="hh-toolbar">
        <button type="button" className="button button-ghost" onClick={onCancel}>
          ← {t('households.back')}
        </button>
        <h2 id="hh-edit-title">{t('households.editTitle')}</h2>
      </div>
      <DuplicateWarning duplicates={duplicates} onOpen={onOpen} onDifferent={confirmDifferent} />
      <fieldset className="fieldset hh-grid">
        <legend>{t('households.referencePerson')}</legend>
        {personFields('hh-edit', 'referencePerson', person, (patch) => setPerson({ ...person, ...patch }))}
        <Field
          id="hh-edit-phone"
          label="households.phone"
          path="referencePerson.phone"
          value={phone}
          onChange={setPhone}
          errors={errors}
          inputMode="tel"
        />
        <div className="hh-field">
          <label htmlFor="hh-edit-lang">{t('households.language')}</label>
          <LanguageSelect id="hh-edit-lang" value={language} onChange={setLanguage} />
        </div>
        <Field
          id="hh-edit-postal"
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
          <div key={m.id ?? `new-${i}`} className="hh-grid hh-member">
            {personFields(`hh-edit-m${i}`, `members.${i}`, m, (patch) => setMember(i, patch))}
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
      <ErrorMessage error={error} />
      <div className="actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button-primary">
          {t('households.saveChanges')}
        </button>
      </div>
    </form>
  );
}
