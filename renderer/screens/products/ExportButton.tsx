import { useState } from 'react';
import type { CallError } from '../../../main/contract/define';
import { call } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useI18n } from '../../i18n/index';

/** The whole catalogue as the Belgian Excel CSV the import reads back, offered as a Blob link. */
export function ExportButton() {
  const { t } = useI18n();
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<CallError | null>(null);
  const make = async () => {
    const result = await call('products:export-products', {});
    if (!result.ok) return setError(result.error);
    setError(null);
    if (url) URL.revokeObjectURL(url);
    // The CSV already starts with its BOM; a Blob of the string keeps it as UTF-8.
    setUrl(URL.createObjectURL(new Blob([result.value.csv], { type: 'text/csv;charset=utf-8' })));
  };
  return (
    <>
      <button type="button" className="button" onClick={() => void make()}>
        {t('products.export')}
      </button>
      {url && (
        <a className="button" href={url} download="producten.csv">
          {t('products.exportReady')}
        </a>
      )}
      <ErrorMessage error={error} />
    </>
  );
}
