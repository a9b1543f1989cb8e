import { useCallback, useEffect, useState } from 'react';
import type { CallError } from '../../../main/contract/define';
import type { ChannelOutput } from '../../../main/contract/index';
import { call } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useI18n } from '../../i18n/index';
import { ItemLimitForm } from './ItemLimitForm';

type Limits = ChannelOutput<'rules:list-item-limits'>;

/** Item limits in force (end one with a button) and the form to add one. */
export function ItemLimits() {
  const { t, lang } = useI18n();
  const [data, setData] = useState<Limits | null>(null);
  const [error, setError] = useState<CallError | null>(null);
  // The notice is kept as a key so it follows a language switch.
  const [notice, setNotice] = useState<'rules.ended' | 'rules.added' | null>(null);
  const load = useCallback(async () => {
    const result = await call('rules:list-item-limits', {});
    if (result.ok) setData(result.value);
    else setError(result.error);
  }, []);
  useEffect(() => void load(), [load]);
  const name = (row: { nameNl: string; nameFr: string }) => (lang === 'fr' ? row.nameFr : row.nameNl);
  const cap = (value: number | null) => (value === null ? t('rules.none') : String(value));

  return (
    <div className="rules-limits">
      <section aria-labelledby="rules-limits-title">
        <h2 id="rules-limits-title">{t('rules.limits')}</h2>
        <ErrorMessage error={error} />
        {notice ? (
          <p className="message message-ok" role="status">
            {t(notice)}
          </p>
        ) : null}
        {data && data.limits.length === 0 ? <p>{t('rules.noLimits')}</p> : null}
        {data && data.limits.length > 0 ? (
          <table className="table" aria-label={t('rules.limits')}>
            <thead>
              <tr>
                <th>{t('rules.target')}</th>
                <th className="num">{t('rules.perVisit')}</th>
                <th className="num">{t('rules.perPeriod')}</th>
                <th>{t('rules.scaling')}</th>
                <th>{t('rules.childRestriction')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {data.limits.map((limit) => {
                const target = name({ nameNl: limit.targetNameNl, nameFr: limit.targetNameFr });
                return (
                  <tr key={limit.id}>
                    <td>
                      {target} <span className="muted">({t(`rules.kind.${limit.targetKind}`)})</span>
                    </td>
                    <td className="num">{cap(limit.perVisit)}</td>
                    <td className="num">
                      {limit.perPeriod === null
                        ? t('rules.none')
                        : `${limit.perPeriod} / ${t(`rules.unit.${limit.period}`)}`}
                    </td>
                    <td>{t(`rules.scaling.${limit.scaling}`)}</td>
                    <td>
                      {limit.childUnderAge === null
                        ? t('rules.none')
                        : t('rules.years', { count: limit.childUnderAge })}
                    </td>
                    <td>
                      <button
                        type="button"
                        className="button button-ghost"
                        aria-label={`${t('rules.end')}: ${target}`}
                        onClick={async () => {
                          const result = await call('rules:end-item-limit', { limitId: limit.id });
                          if (!result.ok) return setError(result.error);
                          setError(null);
                          setNotice('rules.ended');
                          await load();
                        }}
                      >
                        {t('rules.end')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ) : null}
      </section>
      <ItemLimitForm
        categories={data?.categories ?? []}
        onAdded={async () => {
          setNotice('rules.added');
          await load();
        }}
      />
    </div>
  );
}
