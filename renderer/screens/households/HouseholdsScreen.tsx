import { type FormEvent, useState } from 'react';
import type { CallError } from '../../../main/contract/define';
import type { SearchHit } from '../../../main/contract/households';
import { call } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useI18n } from '../../i18n/index';
import { hasRole, useSession } from '../../session';
import { displayDate, StatusBadge } from './Field';
import { HouseholdFileView } from './HouseholdFileView';
import { HouseholdForm } from './HouseholdForm';
import { ImportPanel } from './ImportPanel';
import { OrganisationsPanel } from './OrganisationsPanel';

type Mode =
  | { kind: 'search' }
  | { kind: 'file'; id: number }
  | { kind: 'new' }
  | { kind: 'import' }
  | { kind: 'organisations' };

/** Social workers find, enrol and look after households. */
export function HouseholdsScreen() {
  const { t } = useI18n();
  const { user } = useSession();
  const [mode, setMode] = useState<Mode>({ kind: 'search' });
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [error, setError] = useState<CallError | null>(null);
  const search = async (event: FormEvent) => {
    event.preventDefault();
    if (query.trim() === '') return;
    const result = await call('households:search-households', { query });
    if (!result.ok) return setError(result.error);
    setError(null);
    setHits(result.value);
  };
  if (mode.kind === 'file')
    return (
      <HouseholdFileView
        key={mode.id}
        householdId={mode.id}
        onBack={() => setMode({ kind: 'search' })}
        onOpen={(id) => setMode({ kind: 'file', id })}
      />
    );
  if (mode.kind === 'new')
    return (
      <HouseholdForm onCancel={() => setMode({ kind: 'search' })} onOpen={(id) => setMode({ kind: 'file', id })} />
    );
  if (mode.kind === 'import') return <ImportPanel onBack={() => setMode({ kind: 'search' })} />;
  if (mode.kind === 'organisations') return <OrganisationsPanel onBack={() => setMode({ kind: 'search' })} />;
  return (
    <section className="hh" aria-labelledby="hh-search-title">
      <div className="hh-toolbar">
        <h2 id="hh-search-title">{t('households.search')}</h2>
        <button type="button" className="button button-primary" onClick={() => setMode({ kind: 'new' })}>
          {t('households.newHousehold')}
        </button>
        <button type="button" className="button" onClick={() => setMode({ kind: 'import' })}>
          {t('households.import')}
        </button>
        {hasRole(user, ['coordinator']) && (
          <button type="button" className="button" onClick={() => setMode({ kind: 'organisations' })}>
            {t('households.organisations')}
          </button>
        )}
      </div>
      <form className="hh-search" onSubmit={search} role="search">
        <input
          className="input"
          aria-label={t('households.searchHint')}
          placeholder={t('households.searchHint')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          // biome-ignore lint/a11y/noAutofocus: the search is the one thing this screen is opened for
          autoFocus
        />
        <button type="submit" className="button button-primary">
          {t('households.searchButton')}
        </button>
      </form>
      <ErrorMessage error={error} />
      {hits && hits.length === 0 && <p className="muted">{t('households.noResults')}</p>}
      {hits && hits.length > 0 && (
        <ul className="hh-hits">
          {hits.map((hit) => (
            <li key={hit.householdId}>
              <button type="button" className="hh-hit" onClick={() => setMode({ kind: 'file', id: hit.householdId })}>
                <strong>
                  {hit.firstName} {hit.lastName}
                </strong>
                <span>{displayDate(hit.dateOfBirth)}</span>
                <span>{hit.municipality ?? ''}</span>
                {hit.matchedMember && <span className="muted">({hit.matchedMember})</span>}
                <span className="muted">{hit.cardNumber ?? ''}</span>
                <StatusBadge kind={hit.status.kind} />
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
