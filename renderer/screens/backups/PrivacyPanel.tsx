import { useCallback, useEffect, useState } from 'react';
import type { CallError } from '../../../main/contract/define';
import type { ChannelOutput } from '../../../main/contract/index';
import { call } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { HouseholdPicker, type PickedHousehold } from '../../components/HouseholdPicker';
import { useI18n } from '../../i18n/index';

type Preview = ChannelOutput<'retention:preview'>;

function download(fileName: string, mime: string, base64: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Retention: the dry run first, then anonymise after a confirmation. And a household's own data. */
export function PrivacyPanel() {
  const { t } = useI18n();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<CallError | null>(null);
  const [household, setHousehold] = useState<PickedHousehold | null>(null);

  const load = useCallback(async () => {
    const result = await call('retention:preview', {});
    if (result.ok) setPreview(result.value);
    else setError(result.error);
  }, []);
  useEffect(() => void load(), [load]);

  const anonymise = async () => {
    setConfirming(false);
    const result = await call('retention:run', { confirm: true });
    if (!result.ok) return setError(result.error);
    setDone(t('trust.retention.done', { count: result.value.anonymised }));
    await load();
  };
  const exportData = async (format: 'json' | 'pdf') => {
    if (!household) return;
    const result = await call('households:export-own-data', { householdId: household.id, format });
    if (!result.ok) return setError(result.error);
    setError(null);
    download(result.value.fileName, result.value.mime, result.value.base64);
  };

  return (
    <section aria-labelledby="privacy-title" className="trust-card">
      <h2 id="privacy-title">{t('trust.retention.title')}</h2>
      {preview && (
        <>
          <p>{t('trust.retention.explain', { months: preview.retentionMonths, cutoff: preview.cutoff })}</p>
          {preview.households.length === 0 ? (
            <p className="muted">{t('trust.retention.none')}</p>
          ) : (
            <ul className="trust-list">
              {preview.households.map((h) => (
                <li key={h.householdId}>
                  {t('trust.retention.household', {
                    id: h.householdId,
                    municipality: h.municipality ?? '–',
                    ended: h.lastEnrolmentEnded ?? '–',
                    members: h.members,
                    sales: h.sales,
                  })}
                </li>
              ))}
            </ul>
          )}
          {preview.households.length > 0 && !confirming && (
            <button type="button" className="button button-danger" onClick={() => setConfirming(true)}>
              {t('trust.retention.run', { count: preview.households.length })}
            </button>
          )}
          {confirming && (
            <div className="message message-warn" role="alertdialog" aria-label={t('trust.retention.confirm')}>
              <p>{t('trust.retention.confirm')}</p>
              <div className="actions">
                <button type="button" className="button button-danger" onClick={() => void anonymise()}>
                  {t('common.confirm')}
                </button>
                <button type="button" className="button" onClick={() => setConfirming(false)}>
                  {t('common.cancel')}
                </button>
              </div>
            </div>
          )}
        </>
      )}
      {done && (
        <p className="message message-ok" role="status">
          {done}
        </p>
      )}
      <h2>{t('trust.export.title')}</h2>
      <p className="muted">{t('trust.export.explain')}</p>
      {/* Found by name or card number, as on the appointments screen: nobody knows a household's number. */}
      <HouseholdPicker
        picked={household}
        onPick={setHousehold}
        inputId="export-household"
        pickedText={(name) => t('trust.export.for', { name })}
      />
      {household && (
        <div className="actions">
          <button type="button" className="button button-primary" onClick={() => void exportData('pdf')}>
            {t('trust.export.pdf')}
          </button>
          <button type="button" className="button" onClick={() => void exportData('json')}>
            {t('trust.export.json')}
          </button>
        </div>
      )}
      <ErrorMessage error={error} />
    </section>
  );
}
