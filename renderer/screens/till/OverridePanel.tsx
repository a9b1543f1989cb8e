// A refused line: the reason and the numbers, then either leave it out or a coordinator's override
// (PIN and reason) for that line only.
import { useEffect, useState } from 'react';
import type { CallError } from '../../../main/contract/define';
import type { TillView } from '../../../main/contract/till';
import { call } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useI18n } from '../../i18n/index';

type Refusal = NonNullable<TillView['refusal']>;

export function OverridePanel({ refusal, onView }: { refusal: Refusal; onView: (v: TillView) => void }) {
  const { t, tError } = useI18n();
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
  const numbers = Object.entries(refusal.details)
    .map(([k, v]) => `${k}: ${String(v)}`)
    .join(' · ');
  const override = async () => {
    const r = await call('till:override-line', { approverId, approverPin: pin, reason });
    if (!r.ok) return setError(r.error);
    onView(r.value);
  };
  return (
    <div className="till-refusal" role="alert">
      <h3>{t('till.refused', { product: refusal.productName })}</h3>
      <p>{tError({ code: 'refused', reason: refusal.reason, message: refusal.reason })}</p>
      <p className="till-numbers">{numbers}</p>
      <button
        type="button"
        className="big"
        onClick={() => void call('till:dismiss-refusal', {}).then((r) => r.ok && onView(r.value))}
      >
        {t('till.dismiss')}
      </button>
      <fieldset>
        <legend>{t('till.override')}</legend>
        <label>
          {t('till.approver')}
          <select value={approverId} onChange={(e) => setApproverId(Number(e.target.value))}>
            {approvers.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('till.pin')}
          <input type="password" inputMode="numeric" value={pin} onChange={(e) => setPin(e.target.value)} />
        </label>
        <label>
          {t('till.reason')}
          <input value={reason} onChange={(e) => setReason(e.target.value)} />
        </label>
        <ErrorMessage error={error} />
        <button type="button" className="big" onClick={() => void override()}>
          {t('till.override')}
        </button>
      </fieldset>
    </div>
  );
}
