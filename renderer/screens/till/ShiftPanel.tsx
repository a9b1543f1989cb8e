// Opening and closing a shift: notes and coins counted by denomination. Closing is blind: the count
// is sent first, and only then are the expected amount and the variance shown.
import { useState } from 'react';
import type { CallError } from '../../../main/contract/define';
import { formatMoney } from '../../../main/contract/money';
import type { ZReport } from '../../../main/contract/till';
import { call } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useI18n } from '../../i18n/index';

const denominations = [5000, 2000, 1000, 500, 200, 100, 50, 20, 10, 5];

export function ShiftPanel({ mode, onDone }: { mode: 'open' | 'close'; onDone: (report: ZReport | null) => void }) {
  const { t, lang } = useI18n();
  const [counts, setCounts] = useState<Record<string, number>>({});
  const [error, setError] = useState<CallError | null>(null);
  const total = denominations.reduce((s, d) => s + d * (counts[String(d)] ?? 0), 0);
  const submit = async () => {
    if (mode === 'open') {
      const r = await call('till:open-shift', { counts });
      if (!r.ok) return setError(r.error);
      onDone(null);
    } else {
      const r = await call('till:close-shift', { counts });
      if (!r.ok) return setError(r.error);
      onDone(r.value.report);
    }
  };
  return (
    <section className="till-shift" aria-labelledby="till-shift-title">
      <h2 id="till-shift-title">{t(mode === 'open' ? 'till.openTitle' : 'till.closeTitle')}</h2>
      <div className="till-denominations">
        {denominations.map((d) => (
          <label key={d}>
            {formatMoney(d, lang)}
            <input
              type="number"
              min={0}
              inputMode="numeric"
              value={counts[String(d)] ?? ''}
              onChange={(e) => setCounts({ ...counts, [String(d)]: Math.max(0, Number(e.target.value) || 0) })}
            />
          </label>
        ))}
      </div>
      <p className="till-total">{t('till.countedTotal', { amount: formatMoney(total, lang) })}</p>
      <ErrorMessage error={error} />
      <button type="button" className="primary big" onClick={() => void submit()}>
        {t(mode === 'open' ? 'till.open' : 'till.close')}
      </button>
    </section>
  );
}
