// After the blind count: the Z report's figures on screen (the printed Z report has the same).
import { formatMoney } from '../../../main/contract/money';
import type { ZReport } from '../../../main/contract/till';
import { tillPaymentMethodSchema } from '../../../main/contract/till';
import { useI18n } from '../../i18n/index';
import { methodLabel } from './method-label';

export function ZSummary({ report, onNewShift }: { report: ZReport; onNewShift: () => void }) {
  const { t, lang } = useI18n();
  const money = (c: number) => formatMoney(c, lang);
  return (
    <div className="till-z">
      <p className="till-variance">
        {t('till.variance', {
          expected: money(report.expectedCents),
          counted: money(report.countedCents),
          variance: money(report.varianceCents),
        })}
      </p>
      <table className="table">
        <tbody>
          <tr>
            <th scope="row">{t('till.zSales', { count: report.sales.count })}</th>
            <td className="num">{money(report.sales.totalCents)}</td>
          </tr>
          <tr>
            <th scope="row">{t('till.zReturns', { count: report.returns.count })}</th>
            <td className="num">{money(report.returns.totalCents)}</td>
          </tr>
          {tillPaymentMethodSchema.options
            .filter((m) => report.byMethod[m] !== undefined)
            .map((m) => (
              <tr key={m}>
                <th scope="row">{methodLabel(t, m)}</th>
                <td className="num">{money(report.byMethod[m] ?? 0)}</td>
              </tr>
            ))}
          {report.roundingCents !== 0 && (
            <tr>
              <th scope="row">{t('till.zRounding')}</th>
              <td className="num">{money(report.roundingCents)}</td>
            </tr>
          )}
          <tr>
            <th scope="row">{t('till.zVoids')}</th>
            <td className="num">{report.voids}</td>
          </tr>
          <tr>
            <th scope="row">{t('till.zOverrides')}</th>
            <td className="num">{report.overrides}</td>
          </tr>
        </tbody>
      </table>
      <p>{t('till.zPrinted')}</p>
      <button type="button" onClick={onNewShift}>
        {t('till.newShift')}
      </button>
    </div>
  );
}
