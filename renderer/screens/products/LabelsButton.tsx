import { useState } from 'react';
import type { CallError } from '../../../main/contract/define';
import { call } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useI18n } from '../../i18n/index';

/** Shelf labels for the chosen products: the PDF comes back as bytes and is offered as a Blob link. */
export function LabelsButton({ productIds }: { productIds: readonly number[] }) {
  const { t } = useI18n();
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<CallError | null>(null);
  const make = async () => {
    const result = await call('products:labels-pdf', { productIds: [...productIds] });
    if (!result.ok) return setError(result.error);
    setError(null);
    const bytes = Uint8Array.from(atob(result.value.pdfBase64), (c) => c.charCodeAt(0));
    if (url) URL.revokeObjectURL(url);
    setUrl(URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' })));
  };
  return (
    <>
      <button type="button" className="button" disabled={productIds.length === 0} onClick={() => void make()}>
        {t('products.labels', { count: productIds.length })}
      </button>
      {url && (
        <a className="button" href={url} download="shelf-labels.pdf" target="_blank" rel="noreferrer">
          {t('products.labelsReady')}
        </a>
      )}
      <ErrorMessage error={error} />
    </>
  );
}
