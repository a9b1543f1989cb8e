import { useState } from 'react';
import type { CallError } from '../../../main/contract/define';
import type { ImportReport } from '../../../main/contract/households';
import { call } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useI18n } from '../../i18n/index';
import { rowReasons } from './import-reasons';

/** A spreadsheet import with a preview first (dry run), then the real import. */
export function ImportPanel({ onBack }: { onBack: () => void }) {
  const { t, lang } = useI18n();
  const [csvBase64, setCsv] = useState<string | null>(null);
  const [validOnly, setValidOnly] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<CallError | null>(null);
  const read = async (file: File | undefined) => {
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    setCsv(btoa(binary));
    setReport(null);
  };
  const send = async (dryRun: boolean) => {
    if (!csvBase64) return;
    const result = await call('households:import-households', { csvBase64, dryRun, validOnly });
    if (!result.ok) return setError(result.error);
    setError(null);
    setReport(result.value);
  };
  return (
    <section className="hh" aria-labelledby="hh-import-title">
      <div className="hh-toolbar">
        <button type="button" className="button button-ghost" onClick={onBack}>
          ← {t('households.back')}
        </button>
        <h2 id="hh-import-title">{t('households.import')}</h2>
      </div>
      <div className="form">
        <label htmlFor="hh-import-file">{t('households.importFile')}</label>
        <input
          id="hh-import-file"
          type="file"
          accept=".csv,text/csv"
          className="input"
          onChange={(e) => void read(e.target.files?.[0])}
        />
        <label className="check">
          <input type="checkbox" checked={validOnly} onChange={(e) => setValidOnly(e.target.checked)} />
          {t('households.importValidOnly')}
        </label>
        <div className="actions">
          <button type="button" className="button" disabled={!csvBase64} onClick={() => void send(true)}>
            {t('households.preview')}
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={!report || report.written}
            onClick={() => void send(false)}
          >
            {t('households.importNow')}
          </button>
        </div>
      </div>
      <ErrorMessage error={error} />
      {report && (
        <div className="hh-report">
          {report.fileProblems.map((p) => (
            <p key={`${p.reason}${p.column}`} className="message message-error">
              {t('households.reason.file', { reason: p.reason, column: p.column ?? '' })}
            </p>
          ))}
          <p className={report.written ? 'message message-ok' : 'message message-info'} role="status">
            {t('households.importSummary', {
              rows: report.rows,
              households: report.households,
              people: report.people,
              problems: report.problems.length,
            })}{' '}
            {report.written ? t('households.importWritten') : t('households.importNotWritten')}
          </p>
          <ul className="hh-list">
            {report.problems.map((p) => (
              <li key={`${p.line}${p.reason}`} className="hh-field-error">
                {t('households.line', { line: p.line })}: {rowReasons[lang][p.reason] ?? p.reason}
              </li>
            ))}
          </ul>
          <table className="table">
            <thead>
              <tr>
                <th>{t('households.key')}</th>
                <th>{t('households.referencePerson')}</th>
                <th>{t('households.members')}</th>
                <th>{t('households.municipality')}</th>
              </tr>
            </thead>
            <tbody>
              {report.preview.map((h) => (
                <tr key={h.key}>
                  <td>{h.key}</td>
                  <td>
                    {h.firstName} {h.lastName}
                  </td>
                  <td>{h.people}</td>
                  <td>{h.municipality}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
