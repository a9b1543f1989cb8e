// Payment: one method or a split. Non-cash amounts are exact; cash takes the rest (rounded to 5
// cents in the main process) with the amount given, and the change is shown after commit.
import { useEffect, useRef, useState } from 'react';
import type { CallError } from '../../../main/contract/define';
import { formatMoney, roundCash } from '../../../main/contract/money';
import type { TillView } from '../../../main/contract/till';
import { call } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useSingleFlight } from '../../components/useSingleFlight';
import { useI18n } from '../../i18n/index';

type Method = TillView['paymentMethods'][number];

export function PayPanel({
  view,
  onClose,
  onPaid,
}: {
  view: TillView;
  onClose: () => void;
  onPaid: (v: TillView) => void;
}) {
  const { t, lang } = useI18n();
  const [other, setOther] = useState<Method | null>(null);
  const [otherAmount, setOtherAmount] = useState('');
  const [tendered, setTendered] = useState('');
  const [error, setError] = useState<CallError | null>(null);
  const panel = useRef<HTMLDivElement>(null);
  const tenderedField = useRef<HTMLInputElement>(null);
  // Opened with F4 from the scan field: the amount given can be typed at once, and the panel is
  // brought into view in the side column (which scrolls on a small screen).
  useEffect(() => {
    panel.current?.scrollIntoView({ block: 'nearest' });
    tenderedField.current?.focus();
  }, []);
  const cents = (text: string) => Math.round(Number(text.replace(',', '.')) * 100);
  const label = (m: Method) => t(m === 'card' ? 'till.card_' : `till.${m}`);
  // What cash must cover, rounded to 5 cents as the main process settles it: all of the total, or
  // the rest after the other method's amount in a split.
  const otherCents = other && otherAmount ? cents(otherAmount) : 0;
  const cashDue = roundCash(view.totalCents - (Number.isFinite(otherCents) ? otherCents : 0));
  // A second tap (or Enter) while the first payment is on its way is ignored: the sale is paid once.
  const pay = useSingleFlight(async (method: Method | 'split') => {
    const tenders =
      method === 'split' && other
        ? [
            { method: other, amountCents: cents(otherAmount) },
            { method: 'cash' as const, ...(tendered ? { tenderedCents: cents(tendered) } : {}) },
          ]
        : method === 'cash'
          ? [{ method: 'cash' as const, ...(tendered ? { tenderedCents: cents(tendered) } : {}) }]
          : [{ method: method === 'split' ? ('cash' as const) : method }];
    const r = await call('till:pay', { tenders });
    if (!r.ok) return setError(r.error);
    onPaid(r.value.view);
  });
  return (
    <div className="till-pay" role="dialog" aria-label={t('till.pay')} ref={panel}>
      <p className="till-cash-due">
        {t('till.cashDue', { amount: formatMoney(Math.max(0, cashDue), lang) })}{' '}
        <span className="muted">({t('till.cashRounded')})</span>
      </p>
      {/* Enter in the amount given pays: in cash, or the split when another method is chosen. */}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void pay(other ? 'split' : 'cash');
        }}
      >
        <label>
          {t('till.tendered')}
          <input
            id="till-tendered"
            ref={tenderedField}
            inputMode="decimal"
            autoComplete="off"
            value={tendered}
            onChange={(e) => setTendered(e.target.value)}
          />
        </label>
      </form>
      {/* Under the amount given, not at the bottom: at 1024×768 the panel's end is out of view. */}
      <ErrorMessage error={error} />
      {view.paymentMethods.map((m) => (
        <button key={m} type="button" className="primary big" onClick={() => void pay(m)}>
          {label(m)}
        </button>
      ))}
      <fieldset>
        <legend>{label('cash')} +</legend>
        <label htmlFor="till-split-method">{t('till.splitMethod')}</label>
        <select
          id="till-split-method"
          value={other ?? ''}
          onChange={(e) => setOther((e.target.value || null) as Method | null)}
        >
          <option value="">—</option>
          {view.paymentMethods
            .filter((m) => m !== 'cash')
            .map((m) => (
              <option key={m} value={m}>
                {label(m)}
              </option>
            ))}
        </select>
        <label htmlFor="till-split-amount">{t('till.splitAmount')}</label>
        <input
          id="till-split-amount"
          inputMode="decimal"
          autoComplete="off"
          value={otherAmount}
          onChange={(e) => setOtherAmount(e.target.value)}
        />
        <button type="button" className="big" disabled={!other} onClick={() => void pay('split')}>
          {t('till.pay')}
        </button>
      </fieldset>
      {/* Closes the panel only: the sale stays (the side column's button cancels the sale). */}
      <button type="button" className="big" onClick={onClose}>
        {t('till.returnBack')}
      </button>
    </div>
  );
}
