import type { ChannelOutput } from '../../../main/contract/index';
import { useI18n } from '../../i18n/index';
import { displayDate, ruleExample, ruleFormula } from './format';

type List = ChannelOutput<'rules:list-rule-sets'>;

/** Every version, newest first, with its formula and a worked example in the user's language. */
export function RuleSetList({ list }: { list: List }) {
  const { t, lang } = useI18n();
  if (list.ruleSets.length === 0) return <p className="message message-info">{t('rules.noVersions')}</p>;
  const newestFirst = [...list.ruleSets].reverse();
  return (
    <table className="table rules-versions" aria-label={t('rules.versions')}>
      <thead>
        <tr>
          <th>{t('rules.from')}</th>
          <th>{t('rules.formula')}</th>
          <th>{t('rules.visits')}</th>
        </tr>
      </thead>
      <tbody>
        {newestFirst.map((rule) => {
          const state = rule.id === list.currentId ? 'current' : rule.effectiveFrom > list.today ? 'planned' : 'past';
          return (
            <tr key={rule.id} className={`rules-version rules-version-${state}`}>
              <td>
                <strong>{displayDate(rule.effectiveFrom)}</strong>
                <br />
                <span className={`rules-state rules-state-${state}`}>{t(`rules.state.${state}`)}</span>
              </td>
              <td>
                <span className="rules-formula">{ruleFormula(rule, t, lang)}</span>
                <br />
                <span className="muted">{ruleExample(rule, t, lang)}</span>
              </td>
              <td>
                {rule.visitLimit === null
                  ? t('rules.noVisitLimit')
                  : t('rules.visitLimit', { count: rule.visitLimit, period: t(`rules.unit.${rule.period}`) })}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
