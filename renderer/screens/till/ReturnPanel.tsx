// F9: a return against a receipt number. The main process checks the return window and what is still
// returnable; the refund goes back by the sale's own payment methods.
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { CallError } from '../../../main/contract/define';
import type { ChannelOutput } from '../../../main/contract/index';
import { formatMoney } from '../../../main/contract/money';
import { call } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useI18n } from '../../i18n/index';
import { methodLabel } from './method-label';

type Found = ChannelOutput<'till:find-sale'>;

export function ReturnPanel({ onClose }: { onClose: () => void }) {
  const { t, lang } = useI18n();
  const [number, setNumber] = useState('');
  const [found, setFound] = useState<Found | null>(null);
  const [qty, setQty] = useState<Record<number, string>>({});
  const [error, setError] = useState<CallError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [empty, setEmpty] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => field.current?.focus(), []);
  const money = (c: number) => formatMoney(c, lang);

  const find = async (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    const r = await call('till:find-sale', { number: Number(number) });
    if (!r.ok) {
      setFound(null);
      return setError(r.error);
    }
    setError(null);
    setFound(r.value);
    setQty({});
  };
  const refund = async () => {
    if (!found) return;
    const lines = found.lines
      .map((l) => ({ lineNo: l.lineNo, quantity: Math.min(l.returnable, Math.floor(Number(qty[l.lineNo] ?? 0))) }))
      .filter((l) => l.quantity > 0);
    setEmpty(lines.length === 0);
    if (lines.length === 0) return;
    const r = await call('till:return-sale', { number: found.number, lines });
    if (!r.ok) return setError(r.error);
    setError(null);
    setFound(null);
    setNumber('');
    setDone(
      t('till.returnDone', {
        number: r.value.number,
        amount: money(r.value.refundCents),
        methods: r.value.methods.map((m) => methodLabel(t, m)).join(' + '),
      }),
    );
  };

  return (
    <div className="till-return" role="dialog" aria-labelledby="till-return-title">
      <h3 id="till-return-title">{t('till.returnTitle')}</h3>
      <form onSubmit={(e) => void find(e)} className="till-return-find">
        <label htmlFor="till-return-number">{t('till.returnNumber')}</label>
        <input
          id="till-return-number"
          ref={field}
          inputMode="numeric"
          autoComplete="off"
          value={number}
          onChange={(e) => setNumber(e.target.value.replace(/\D/g, ''))}
        />
        <button type="submit">{t('till.returnFind')}</button>
      </form>
      <ErrorMessage error={error} />
      {done ? (
        <p role="status" className="till-return-done">
          {done}
        </p>
      ) : null}
      {found ? (
        <>
          <ul className="till-return-lines">
            {found.lines.map((l) => (
              <li key={l.lineNo}>
                <label htmlFor={`till-return-${l.lineNo}`}>{t('till.returnQty', { name: l.name })}</label>
                <input
                  id={`till-return-${l.lineNo}`}
                  type="number"
                  min={0}
                  max={l.returnable}
                  disabled={l.returnable === 0}
                  value={qty[l.lineNo] ?? ''}
                  onChange={(e) => setQty({ ...qty, [l.lineNo]: e.target.value })}
                />
                <span className="muted">
                  {t('till.returnLine', {
                    quantity: l.quantity,
                    returnable: l.returnable,
                    amount: money(l.amountCents),
                  })}
                </span>
              </li>
            ))}
          </ul>
          {empty ? <p role="alert">{t('till.returnNone')}</p> : null}
          <button type="button" className="primary" onClick={() => void refund()}>
            {t('till.returnDo')}
          </button>
        </>
      ) : null}
      <button type="button" onClick={onClose}>
        {t('till.returnBack')}
      </button>
    </div>
  );
}
