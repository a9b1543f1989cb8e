import { useEffect, useState } from 'react';
import type { CallError } from '../../../main/contract/define';
import type { ProductImportSummary } from '../../../main/contract/products';
import { call } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { type MessageKey, useI18n } from '../../i18n/index';
import { rowReasonText } from './import-reasons';

const columnLabels: Record<string, MessageKey> = {
  barcode: 'products.code',
  nameNl: 'products.nameNl',
  nameFr: 'products.nameFr',
  category: 'products.category',
  unit: 'products.unit',
  socialPrice: 'products.socialPrice',
  referencePrice: 'products.referencePrice',
  vat: 'products.vat',
  inBudget: 'products.inBudget',
};

/** A product spreadsheet: preview (nothing written) first, then the import; progress while it runs. */
export function ImportPanel({ onBack }: { onBack: () => void }) {
  const { t, lang } = useI18n();
  const [base64, setBase64] = useState<string | null>(null);
  const [validOnly, setValidOnly] = useState(false);
  const [report, setReport] = useState<ProductImportSummary | null>(null);
  const [previewed, setPreviewed] = useState(false);
  const [busy, setBusy] = useState<null | { done: number; total: number }>(null);
  const [error, setError] = useState<CallError | null>(null);
  // While an import runs, ask how far it is twice a second (the import yields between batches).
  const running = busy !== null;
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => {
      void call('products:import-progress', {}).then((r) => {
        if (r.ok && r.value.active) setBusy({ done: r.value.done, total: r.value.total });
      });
    }, 500);
    return () => clearInterval(timer);
  }, [running]);
  const read = async (file: File | undefined) => {
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    setBase64(btoa(binary));
    setReport(null);
    setPreviewed(false);
  };
  const preview = async () => {
    if (!base64) return;
    setBusy({ done: 0, total: 0 });
    const result = await call('products:preview-import', { base64 });
    setBusy(null);
    if (!result.ok) return setError(result.error);
    setError(null);
    setReport(result.value);
    setPreviewed(true);
  };
  const run = async () => {
    if (!base64) return;
    setBusy({ done: 0, total: 0 });
    const result = await call('products:import-products', { base64, validOnly });
    setBusy(null);
    if (!result.ok) return setError(result.error);
    setError(null);
    setReport(result.value);
    setPreviewed(false);
  };
  const canImport = previewed && report !== null && !report.written && report.valid > 0 && busy === null;
  return (
    <section className="pr" aria-labelledby="pr-import-title">
      <div className="hh-toolbar">
        <button type="button" className="button button-ghost" onClick={onBack}>
          ← {t('products.back')}
        </button>
        <h2 id="pr-import-title">{t('products.import')}</h2>
      </div>
      <div className="form">
        <label htmlFor="pr-import-file">{t('products.importFile')}</label>
        <input
          id="pr-import-file"
          type="file"
          accept=".csv,.txt,text/csv"
          className="input"
          onChange={(e) => void read(e.target.files?.[0])}
        />
        <label className="check">
          <input type="checkbox" checked={validOnly} onChange={(e) => setValidOnly(e.target.checked)} />
          {t('products.validOnly')}
        </label>
        <div className="actions">
          <button type="button" className="button" disabled={!base64 || busy !== null} onClick={() => void preview()}>
            {t('products.preview')}
          </button>
          <button type="button" className="button button-primary" disabled={!canImport} onClick={() => void run()}>
            {t('products.importNow')}
          </button>
        </div>
      </div>
      {busy && (
        <div className="pr-progress" role="status">
          <progress max={busy.total || 1} value={busy.total ? busy.done : undefined} />
          <span>
            {busy.total ? t('products.importing', { done: busy.done, total: busy.total }) : t('products.reading')}
          </span>
        </div>
      )}
      <ErrorMessage error={error} />
      {report && busy === null && (
        <div className="pr-report">
          {report.fileProblems.map((p) => (
            <p key={`${p.reason}${p.column ?? ''}`} className="message message-error">
              {t(`products.file.${p.reason}`, {
                column: p.column ? t(columnLabels[p.column] ?? 'products.code') : '',
              })}
            </p>
          ))}
          <p className={report.written ? 'message message-ok' : 'message message-info'} role="status">
            {t('products.importSummary', {
              rows: report.rowCount,
              valid: report.valid,
              problems: report.problems.length,
            })}{' '}
            {report.written
              ? t('products.importWritten', {
                  created: report.created,
                  updated: report.updated,
                  priceChanges: report.priceChanges,
                })
              : t(previewed ? 'products.importNotWritten' : 'products.importRefused')}
          </p>
          {report.problems.length > 0 && (
            <ul className="hh-list pr-problems">
              {report.problems.map((p) => (
                <li key={`${p.line}${p.reason}${p.column}`} className="hh-field-error">
                  {t('products.line', { line: p.line })} ({t(columnLabels[p.column] ?? 'products.code')}):{' '}
                  {rowReasonText(lang, p)}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
