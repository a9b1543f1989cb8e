import { useEffect, useState } from 'react';
import type { CallError } from '../../../main/contract/define';
import { type Language, languages } from '../../../main/contract/money';
import { call } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useI18n } from '../../i18n/index';

const formats = ['xlsx', 'pdf', 'csv', 'json'] as const;

function blobUrl(base64: string, mimeType: string): string {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return URL.createObjectURL(new Blob([bytes], { type: mimeType }));
}

/** Export buttons: the bridge returns the file's bytes; the screen offers them as a Blob download link. */
export function ExportPanel({ month }: { month: string }) {
  const { t, lang } = useI18n();
  const [format, setFormat] = useState<(typeof formats)[number]>('xlsx');
  const [fileLang, setFileLang] = useState<Language>(lang);
  const [csvStyle, setCsvStyle] = useState<'excel-be' | 'rfc4180'>('excel-be');
  const [busy, setBusy] = useState(false);
  const [link, setLink] = useState<{ url: string; file: string } | null>(null);
  const [error, setError] = useState<CallError | null>(null);
  useEffect(() => () => (link ? URL.revokeObjectURL(link.url) : undefined), [link]);

  const run = async () => {
    setBusy(true);
    setLink(null);
    const result = await call('reports:export-monthly', { month, format, lang: fileLang, csvStyle });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setLink({ url: blobUrl(result.value.base64, result.value.mimeType), file: result.value.fileName });
  };

  return (
    <section className="report-export" aria-labelledby="report-export">
      <h3 id="report-export">{t('reports.export')}</h3>
      <label>
        {t('reports.format')}
        <select value={format} onChange={(e) => setFormat(formats.find((f) => f === e.target.value) ?? 'xlsx')}>
          {formats.map((f) => (
            <option key={f} value={f}>
              {f.toUpperCase()}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('reports.language')}
        <select value={fileLang} onChange={(e) => setFileLang(languages.find((l) => l === e.target.value) ?? 'nl')}>
          {languages.map((l) => (
            <option key={l} value={l}>
              {l.toUpperCase()}
            </option>
          ))}
        </select>
      </label>
      {format === 'csv' && (
        <label>
          {t('reports.csvStyle')}
          <select value={csvStyle} onChange={(e) => setCsvStyle(e.target.value === 'rfc4180' ? 'rfc4180' : 'excel-be')}>
            <option value="excel-be">Excel (BE) ;</option>
            <option value="rfc4180">RFC 4180 ,</option>
          </select>
        </label>
      )}
      <button type="button" className="button primary" onClick={run} disabled={busy}>
        {t('reports.export')}
      </button>
      {busy && (
        <p role="status">
          <progress /> {t('reports.exporting')}
        </p>
      )}
      {link && (
        <a className="button" href={link.url} download={link.file}>
          {t('reports.download', { file: link.file })}
        </a>
      )}
      <ErrorMessage error={error} />
    </section>
  );
}
