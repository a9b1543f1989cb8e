import type { RuleSimulation } from '../../../main/contract/rules';
import { useI18n } from '../../i18n/index';
import { moneyDelta, moneyShort } from './format';

function monthLabel(monthKey: string, locale: string): string {
  const [y, m] = monthKey.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y ?? 2000, (m ?? 1) - 1, 1)),
  );
}

/** Old vs proposed budget per month, per household-size band and in total. */
export function SimulationTable({ result, stale }: { result: RuleSimulation; stale: boolean }) {
  const { t, lang } = useI18n();
  const money = (amount: number) => moneyShort(amount, lang);
  const locale = lang === 'nl' ? 'nl-BE' : lang === 'fr' ? 'fr-BE' : 'en-BE';
  return (
    <section className="rules-simulation" aria-label={t('rules.simulate')}>
      <h3>{t('rules.simulation', { count: result.households, month: monthLabel(result.monthKey, locale) })}</h3>
      <p className="muted">{t('rules.simulationHint')}</p>
      {stale ? <p className="message message-warn">{t('rules.staleSimulation')}</p> : null}
      <table className="table">
        <thead>
          <tr>
            <th>{t('rules.band')}</th>
            <th className="num">{t('rules.households')}</th>
            <th className="num">{t('rules.old')}</th>
            <th className="num">{t('rules.new')}</th>
            <th className="num">{t('rules.difference')}</th>
          </tr>
        </thead>
        <tbody>
          {result.bands.map((band) => (
            <tr key={band.band}>
              <td>{t(`rules.band.${band.band}`)}</td>
              <td className="num">{band.households}</td>
              <td className="num">{money(band.oldMonthlyCents)}</td>
              <td className="num">{money(band.newMonthlyCents)}</td>
              <td className="num">{moneyDelta(band.newMonthlyCents - band.oldMonthlyCents, lang)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="rules-total">
            <th scope="row">{t('rules.total')}</th>
            <td className="num">{result.households}</td>
            <td className="num" data-testid="sim-old-total">
              {money(result.oldMonthlyCents)}
            </td>
            <td className="num" data-testid="sim-new-total">
              {money(result.newMonthlyCents)}
            </td>
            <td className="num">{moneyDelta(result.newMonthlyCents - result.oldMonthlyCents, lang)}</td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
