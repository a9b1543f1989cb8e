// A refused line: the reason and the numbers, then either leave it out or a coordinator's override
// (PIN and reason) for that line only.
import { useEffect, useState } from 'react';
import type { CallError } from '../../../main/contract/define';
import type { TillView } from '../../../main/contract/till';
import { call } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useI18n } from '../../i18n/index';
import { refusalText } from './refusal-text';

type Refusal = NonNullable<TillView['refusal']>;

export function OverridePanel({ refusal, onView }: { refusal: Refusal; onView: (v: TillView) => void }) {
  const { t, lang } = useI18n();
  const [approvers, setApprovers] = useState<{ id: number; name: string }[]>([]);
  const [approverId, setApproverId] = useState(0);
  const [pin, setPin] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<CallError | null>(null);
  useEffect(() => {
    void call('till:list-approvers', {}).then((r) => {
      if (r.ok) {
        setApprovers(r.value);
        setApproverId(r.value[0]?.id ?? 0);
      }
    });
  }, []);
  const override = async () => {
    const r = await call('till:override-line', { approverId, approverPin: pin, reason });
    if (!r.ok) return setError(r.error);
    onView(r.value);
  };
  return (
    <div className="till-refusal" role="alert">
      <h3>{t('till.refused', { product: refusal.productName })}</h3>
      <p className="till-why">{refusalText(t, lang, refusal)}</p>
      <button
        type="button"
        className="big"
        onClick={() => void call('till:dismiss-refusal', {}).then((r) => r.ok && onView(r.value))}
      >
        {t('till.dismiss')}
      </button>
      <fieldset className="till-override">
        <legend>{t('till.override')}</legend>
        <label htmlFor="till-approver">{t('till.approver')}</label>
        <select id="till-approver" value={approverId} onChange={(e) => setApproverId(Number(e.target.value))}>
          {approvers.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
        <label htmlFor="till-pin">{t('till.pin')}</label>
        <input
          id="till-pin"
          type="password"
          inputMode="numeric"
          autoComplete="off"
          value={pin}
          onChange={(e) => setPin(e.target.value)}
        />
        <label htmlFor="till-reason">{t('till.reason')}</label>
        <input id="till-reason" value={reason} onChange={(e) => setReason(e.target.value)} />
        <div className="till-override-actions">
          <ErrorMessage error={error} />
          <button type="button" className="big" onClick={() => void override()}>
            {t('till.override')}
          </button>
        </div>
      </fieldset>
    </div>
  );
}
