import { useCallback, useEffect, useState } from 'react';
import type { CallError } from '../../../main/contract/define';
import type { ChannelOutput } from '../../../main/contract/index';
import { call } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useI18n } from '../../i18n/index';
import { displayDate } from './format';
import { ItemLimits } from './ItemLimits';
import { RuleSetForm } from './RuleSetForm';
import { RuleSetList } from './RuleSetList';

type List = ChannelOutput<'rules:list-rule-sets'>;

/** Coordinators: budget rule versions with the simulator, and item limits. */
export function RulesScreen() {
  const { t } = useI18n();
  const [tab, setTab] = useState<'budget' | 'limits'>('budget');
  const [list, setList] = useState<List | null>(null);
  const [error, setError] = useState<CallError | null>(null);
  // The saved date, not the sentence: the notice follows a language switch.
  const [savedFrom, setSavedFrom] = useState<string | null>(null);
  const load = useCallback(async () => {
    const result = await call('rules:list-rule-sets', {});
    if (result.ok) setList(result.value);
    else setError(result.error);
  }, []);
  useEffect(() => void load(), [load]);
  // The form starts from the latest version (planned or in force): a change usually builds on it.
  const latest = list?.ruleSets[list.ruleSets.length - 1];

  return (
    <div className="rules-screen">
      <div className="report-tabs" role="tablist">
        {(['budget', 'limits'] as const).map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            className="button"
            aria-selected={tab === name}
            onClick={() => {
              setTab(name);
              setSavedFrom(null);
            }}
          >
            {t(`rules.tab.${name}`)}
          </button>
        ))}
      </div>
      <ErrorMessage error={error} />
      {savedFrom ? (
        <p className="message message-ok" role="status">
          {t('rules.saved', { date: displayDate(savedFrom) })}
        </p>
      ) : null}
      {tab === 'budget' && list ? (
        <div className="rules-budget">
          <section aria-labelledby="rules-versions-title">
            <h2 id="rules-versions-title">{t('rules.versions')}</h2>
            <RuleSetList list={list} />
          </section>
          <RuleSetForm
            key={list.ruleSets.length}
            current={latest}
            today={list.today}
            onSaved={(date) => {
              setSavedFrom(date);
              void load();
            }}
          />
        </div>
      ) : null}
      {tab === 'limits' ? <ItemLimits /> : null}
    </div>
  );
}
