import { useState } from 'react';
import type { CallError, FieldError } from '../../../main/contract/define';
import type { HouseholdFile } from '../../../main/contract/households';
import { call } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useI18n } from '../../i18n/index';
import { displayDate, Field } from './Field';

type Outcome = { ok: true } | { ok: false; error: CallError };

/** Renew, suspend, end, print or replace the card, proxies. Each action reports in place. */
export function FileActions({ file, onChanged }: { file: HouseholdFile; onChanged: () => Promise<void> }) {
  const { t } = useI18n();
  const householdId = file.id;
  const [error, setError] = useState<CallError | null>(null);
  const [fields, setFields] = useState<FieldError[]>([]);
  const [done, setDone] = useState(false);
  const [reason, setReason] = useState('');
  const [until, setUntil] = useState('');
  const [endOn, setEndOn] = useState('');
  const [pdfUrl, setPdfUrl] = useState<string | null>(null);
  const [proxies, setProxies] = useState(
    file.proxies.map((p) => ({ name: p.name, validUntil: displayDate(p.validUntil) })),
  );
  const run = async (action: () => Promise<Outcome>) => {
    const outcome = await action();
    setDone(outcome.ok);
    setError(outcome.ok ? null : outcome.error);
    setFields(outcome.ok ? [] : (outcome.error.fields ?? []));
    if (outcome.ok) await onChanged();
  };
  const printCard = async () => {
    const result = await call('households:card-pdf', { householdId });
    if (!result.ok) return setError(result.error);
    const bytes = Uint8Array.from(atob(result.value.pdfBase64), (c) => c.charCodeAt(0));
    setPdfUrl(URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' })));
  };
  return (
    <div className="hh-actions">
      <button type="button" className="button button-primary" onClick={() => void printCard()}>
        {t('households.printCard')}
      </button>
      {pdfUrl && (
        <a className="button" href={pdfUrl} download={`card-${householdId}.pdf`} target="_blank" rel="noreferrer">
          {t('households.cardReady')}
        </a>
      )}
      <button
        type="button"
        className="button"
        onClick={() => void run(() => call('households:replace-card', { householdId }))}
      >
        {t('households.replaceCard')}
      </button>
      <button
        type="button"
        className="button"
        onClick={() => void run(() => call('households:renew-enrolment', { householdId }))}
      >
        {t('households.renew')}
      </button>
      <fieldset className="fieldset">
        <legend>{t('households.suspend')}</legend>
        <Field
          id="hh-suspend-reason"
          label="households.suspendReason"
          path="reason"
          value={reason}
          onChange={setReason}
          errors={fields}
        />
        <Field
          id="hh-suspend-until"
          label="households.suspendUntil"
          path="until"
          value={until}
          onChange={setUntil}
          errors={fields}
          placeholder={t('households.datePlaceholder')}
        />
        <button
          type="button"
          className="button"
          onClick={() => void run(() => call('households:suspend-household', { householdId, reason, until }))}
        >
          {t('households.suspend')}
        </button>
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('households.end')}</legend>
        <Field
          id="hh-end-on"
          label="households.endOn"
          path="endedOn"
          value={endOn}
          onChange={setEndOn}
          errors={fields}
          placeholder={t('households.datePlaceholder')}
        />
        <button
          type="button"
          className="button button-danger"
          onClick={() => void run(() => call('households:end-enrolment', { householdId, endedOn: endOn }))}
        >
          {t('households.end')}
        </button>
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('households.proxies')}</legend>
        {proxies.map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: at most two rows without identity
          <div key={i} className="hh-grid">
            <Field
              id={`hh-proxy${i}-name`}
              label="households.proxyName"
              path={`proxies.${i}.name`}
              value={p.name}
              onChange={(v) => setProxies(proxies.map((x, j) => (j === i ? { ...x, name: v } : x)))}
              errors={fields}
            />
            <Field
              id={`hh-proxy${i}-until`}
              label="households.validUntil"
              path={`proxies.${i}.validUntil`}
              value={p.validUntil}
              onChange={(v) => setProxies(proxies.map((x, j) => (j === i ? { ...x, validUntil: v } : x)))}
              errors={fields}
              placeholder={t('households.datePlaceholder')}
            />
          </div>
        ))}
        {proxies.length < 2 && (
          <button
            type="button"
            className="button"
            onClick={() => setProxies([...proxies, { name: '', validUntil: '' }])}
          >
            + {t('households.addProxy')}
          </button>
        )}
        <button
          type="button"
          className="button"
          onClick={() => void run(() => call('households:set-proxies', { householdId, proxies }))}
        >
          {t('households.saveProxies')}
        </button>
      </fieldset>
      <ErrorMessage error={error} />
      {done && (
        <p className="message message-ok" role="status">
          {t('households.done')}
        </p>
      )}
    </div>
  );
}
