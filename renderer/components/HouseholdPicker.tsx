// Which household: found by name (misspellings allowed) or card number, as on the households
// screen, and shown by name once chosen; nobody has to know a household's number. Used by the
// appointments screen (who the booking is for) and the data export on the backups screen.
import { type FormEvent, useState } from 'react';
import type { CallError } from '../../main/contract/define';
import type { SearchHit } from '../../main/contract/households';
import { call } from '../api/client';
import { useI18n } from '../i18n/index';
import { displayDate } from '../screens/households/Field';
import { ErrorMessage } from './ErrorMessage';

export interface PickedHousehold {
  id: number;
  name: string;
}

export function HouseholdPicker({
  picked,
  onPick,
  inputId = 'appt-household',
  pickedText,
}: {
  picked: PickedHousehold | null;
  onPick: (household: PickedHousehold | null) => void;
  /** The search field's id (two pickers never share one page, but tests and labels name it). */
  inputId?: string;
  /** What the chosen household is for, e.g. 'Appointment for {name}'. */
  pickedText: (name: string) => string;
}) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [error, setError] = useState<CallError | null>(null);

  const search = async (event: FormEvent) => {
    event.preventDefault();
    if (!query.trim()) return;
    const result = await call('households:search-households', { query });
    if (!result.ok) return setError(result.error);
    setError(null);
    setHits(result.value.slice(0, 8));
  };

  if (picked)
    return (
      <p className="appt-picked" role="status">
        {pickedText(picked.name)}{' '}
        <button type="button" onClick={() => onPick(null)}>
          {t('appointments.otherHousehold')}
        </button>
      </p>
    );
  return (
    <div className="appt-picker">
      <form role="search" onSubmit={(e) => void search(e)}>
        <label htmlFor={inputId}>{t('appointments.household')}</label>
        <input id={inputId} value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
        <button type="submit">{t('appointments.find')}</button>
      </form>
      <ErrorMessage error={error} />
      {hits?.length === 0 ? <p>{t('appointments.noMatch')}</p> : null}
      {hits && hits.length > 0 ? (
        <ul className="appt-hits" aria-label={t('appointments.matches')}>
          {hits.map((hit) => {
            const name = `${hit.firstName} ${hit.lastName}`;
            return (
              <li key={hit.householdId}>
                <button
                  type="button"
                  onClick={() => {
                    setHits(null);
                    onPick({ id: hit.householdId, name });
                  }}
                >
                  {name} · {displayDate(hit.dateOfBirth)}
                  {hit.municipality ? ` · ${hit.municipality}` : ''}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
