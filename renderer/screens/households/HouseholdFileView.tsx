import { useCallback, useEffect, useState } from 'react';
import type { CallError } from '../../../main/contract/define';
import type { HouseholdFile } from '../../../main/contract/households';
import { call } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { todayIn } from '../../dates';
import { useI18n } from '../../i18n/index';
import { useSession } from '../../session';
import { displayDate, StatusBadge } from './Field';
import { FileActions } from './FileActions';
import { HouseholdEditForm } from './HouseholdEditForm';

/** One household's file: members, referral, periods with status, cards, proxies and the actions. */
export function HouseholdFileView({
  householdId,
  onBack,
  onOpen,
}: {
  householdId: number;
  onBack: () => void;
  onOpen: (householdId: number) => void;
}) {
  const { t } = useI18n();
  const { timeZone } = useSession();
  const [file, setFile] = useState<HouseholdFile | null>(null);
  const [error, setError] = useState<CallError | null>(null);
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<'saved' | 'unchanged' | null>(null);
  const load = useCallback(async () => {
    const result = await call('households:get-household', { householdId });
    if (!result.ok) return setError(result.error);
    setError(null);
    setFile(result.value);
  }, [householdId]);
  useEffect(() => void load(), [load]);
  if (!file) return <ErrorMessage error={error} />;
  if (editing)
    return (
      <HouseholdEditForm
        file={file}
        onCancel={() => setEditing(false)}
        onOpen={onOpen}
        onSaved={(changed) => {
          setEditing(false);
          setNotice(changed ? 'saved' : 'unchanged');
          void load();
        }}
      />
    );
  const lift = async (suspensionId: number) => {
    const result = await call('households:lift-suspension', { householdId, suspensionId });
    if (!result.ok) return setError(result.error);
    setNotice('saved');
    await load();
  };
  const today = todayIn(timeZone);
  const reference = file.members.find((m) => m.isReference);
  const current = file.enrolments[0];
  return (
    <section className="hh hh-file" aria-labelledby="hh-file-title">
      <div className="hh-toolbar">
        <button type="button" className="button button-ghost" onClick={onBack}>
          ← {t('households.back')}
        </button>
        <h2 id="hh-file-title">
          {reference?.firstName} {reference?.lastName}
        </h2>
        <StatusBadge kind={file.status.kind} />
        {file.status.validUntil && (
          <span>
            {t('households.validUntil')} {displayDate(file.status.validUntil)}
          </span>
        )}
        <button type="button" className="button" onClick={() => setEditing(true)}>
          {t('households.editFile')}
        </button>
      </div>
      {notice && (
        <p className="message message-ok" role="status">
          {t(notice === 'saved' ? 'households.done' : 'households.noChanges')}
        </p>
      )}
      <ErrorMessage error={error} />
      <div className="hh-columns">
        <div>
          <h3>
            {t('households.members')} ·{' '}
            {t('households.adultsChildren', { adults: file.adults, children: file.children })}
          </h3>
          <ul className="hh-list">
            {file.members.map((m) => (
              <li key={m.id}>
                {m.firstName} {m.lastName} · {displayDate(m.dateOfBirth)}
                {m.child ? ` · ${t('households.child')}` : ''}
              </li>
            ))}
          </ul>
          <p>
            {file.postalCode} {file.municipality} · {t(`common.lang.${file.language}`)}
            {file.phone ? ` · ${file.phone}` : ''}
          </p>
          {current && (
            <p>
              {t('households.referral')}: {current.organisationName ?? '–'}
              {current.basis ? ` · ${t(`households.basis.${current.basis}`)}` : ''}
              {current.socialWorker ? ` · ${current.socialWorker}` : ''}
              {current.referralDate ? ` · ${displayDate(current.referralDate)}` : ''}
            </p>
          )}
          {file.notes && <p className="hh-notes">{file.notes}</p>}
          <h3>{t('households.periods')}</h3>
          <ul className="hh-list">
            {file.enrolments.map((e) => (
              <li key={e.id}>
                {displayDate(e.validFrom)} – {displayDate(e.validUntil)} ·{' '}
                {e.kind === 'renewal' ? t('households.renewal') : t('households.first')}
                {e.endedOn ? ` · ${t('households.endedOn', { date: displayDate(e.endedOn) })}` : ''}
              </li>
            ))}
            {file.suspensions.map((s) => (
              <li key={`s${s.id}`} className="hh-suspension">
                <span>
                  {t('households.status.suspended')} {displayDate(s.from)} – {displayDate(s.until)}: {s.reason}
                  {s.liftedOn ? ` · ${t('households.liftedOn', { date: displayDate(s.liftedOn) })}` : ''}
                </span>
                {s.liftedOn === null && s.until >= today && (
                  <button type="button" className="button" onClick={() => void lift(s.id)}>
                    {t('households.liftSuspension')}
                  </button>
                )}
              </li>
            ))}
          </ul>
          <h3>{t('households.cards')}</h3>
          <ul className="hh-list">
            {file.cards.map((c) => (
              <li key={c.id} className={c.blockedAt ? 'muted' : undefined}>
                {c.number}
                {c.blockedAt ? ` · ${t('households.blocked')}` : ''}
              </li>
            ))}
          </ul>
        </div>
        <FileActions file={file} onChanged={load} />
      </div>
    </section>
  );
}
