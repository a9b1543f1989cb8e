import { useCallback, useEffect, useState } from 'react';
import type { CallError } from '../../../main/contract/define';
import type { ChannelOutput } from '../../../main/contract/index';
import type { FigureRowView } from '../../../main/contract/reports';
import { call } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { monthBefore, todayIn } from '../../dates';
import { useI18n } from '../../i18n/index';
import { useSession } from '../../session';
import { BarChart } from './BarChart';
import { ExportPanel } from './ExportPanel';
import { formatFigure, rowId } from './format';
import { TimeLog } from './TimeLog';

type Report = ChannelOutput<'reports:get-monthly'>;

const sections = ['households', 'enrolments', 'turnover', 'budget', 'appointments', 'stock', 'coproduction'] as const;

/** The coordinator's monthly report: figures against last month and last year, charts, closing, exports. */
export function ReportsScreen() {
  const { t, lang } = useI18n();
  const { timeZone } = useSession();
  const [month, setMonth] = useState(() => monthBefore(todayIn(timeZone)));
  const [report, setReport] = useState<Report | null>(null);
  const [tab, setTab] = useState<'figures' | 'time'>('figures');
  const [error, setError] = useState<CallError | null>(null);

  const load = useCallback(async () => {
    const result = await call('reports:get-monthly', { month, lang });
    if (!result.ok) return setError(result.error);
    setError(null);
    setReport(result.value);
  }, [month, lang]);
  useEffect(() => void load(), [load]);

  const close = async () => {
    const result = await call('reports:close-month', { month });
    if (!result.ok) return setError(result.error);
    await load();
  };

  const compare = (rows: FigureRowView[]) => new Map(rows.map((r) => [rowId(r), r]));
  const previous = compare(report?.previous.rows ?? []);
  const lastYear = compare(report?.lastYear.rows ?? []);
  const pick = (section: string, figure: string, kind: string) =>
    (report?.rows ?? []).filter(
      (r) => r.section === section && r.figure === figure && r.breakdown.startsWith(`${kind}:`),
    );
  const name = (figure: string) => report?.labels.figures[figure] ?? figure;

  return (
    <div className="reports-screen">
      <div className="report-toolbar">
        <label>
          {t('reports.month')}
          <input type="month" value={month} onChange={(e) => e.target.value && setMonth(e.target.value)} />
        </label>
        <div role="tablist" className="report-tabs">
          <button
            type="button"
            role="tab"
            aria-selected={tab === 'figures'}
            className="button"
            onClick={() => setTab('figures')}
          >
            {t('reports.figures')}
          </button>
          <button
            type="button"
            role="tab"
            aria-selected={tab === 'time'}
            className="button"
            onClick={() => setTab('time')}
          >
            {t('reports.timeLog')}
          </button>
        </div>
      </div>
      <ErrorMessage error={error} />
      {tab === 'time' && <TimeLog month={month} onLogged={load} />}
      {tab === 'figures' && report && (
        <>
          <div className="report-status">
            {report.closed ? (
              <p>{t('reports.closed', { date: report.closed.closedAt.slice(0, 10) })}</p>
            ) : (
              <p>
                {t('reports.open')}{' '}
                <button type="button" className="button" onClick={close}>
                  {t('reports.close')}
                </button>
              </p>
            )}
            {report.closed && report.closed.differences.length > 0 && (
              <table className="table report-diff">
                <thead>
                  <tr>
                    <th />
                    <th className="num">{t('reports.snapshot')}</th>
                    <th className="num">{t('reports.now')}</th>
                    <th className="num">{t('reports.difference')}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.closed.differences.map((d) => (
                    <tr key={d.key}>
                      <td>
                        {name(d.figure)} {d.label}
                      </td>
                      <td className="num">{formatFigure({ unit: d.unit, value: d.snapshot }, lang)}</td>
                      <td className="num">{formatFigure({ unit: d.unit, value: d.current }, lang)}</td>
                      <td className="num">{formatFigure({ unit: d.unit, value: d.difference }, lang)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
          <div className="report-charts">
            <BarChart title={name('persons')} rows={pick('households', 'persons', 'age')} lang={lang} />
            <BarChart title={name('paidCents')} rows={pick('turnover', 'paidCents', 'method')} lang={lang} />
            <BarChart title={name('turnoverCents')} rows={pick('turnover', 'turnoverCents', 'category')} lang={lang} />
          </div>
          <ExportPanel month={month} />
          {sections.map((section) => (
            <section key={section} className="report-section" aria-labelledby={`report-${section}`}>
              <h3 id={`report-${section}`}>{report.labels.sections[section]}</h3>
              <table className="table">
                <thead>
                  <tr>
                    <th />
                    <th className="num">{report.month}</th>
                    <th className="num">{report.previous.month}</th>
                    <th className="num">{report.lastYear.month}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.rows
                    .filter((r) => r.section === section)
                    .map((r) => {
                      const id = rowId(r);
                      const p = previous.get(id);
                      const y = lastYear.get(id);
                      return (
                        <tr key={id} className={r.breakdown ? 'report-breakdown' : 'report-total'}>
                          <td>{r.breakdown ? r.label : name(r.figure)}</td>
                          <td className="num">{formatFigure(r, lang)}</td>
                          <td className="num">{p ? formatFigure(p, lang) : '–'}</td>
                          <td className="num">{y ? formatFigure(y, lang) : '–'}</td>
                        </tr>
                      );
                    })}
                </tbody>
              </table>
            </section>
          ))}
        </>
      )}
    </div>
  );
}
