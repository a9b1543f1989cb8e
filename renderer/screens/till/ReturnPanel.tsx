// F9: a return against a receipt number. The main process checks the return window and what is still
// returnable; the refund goes back by the sale's own payment methods. The cashier sees the refund
// (amount and methods) and confirms before anything is written or paid out.
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { CallError } from '../../../main/contract/define';
import type { ChannelOutput } from '../../../main/contract/index';
import { formatMoney } from '../../../main/contract/money';
import { call } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useSingleFlight } from '../../components/useSingleFlight';
import { useI18n } from '../../i18n/index';
import { ReprintButton } from './LastSale';
import { methodLabel } from './method-label';
import { amountText, parseReturnQuantity } from './quantity-text';

type Found = ChannelOutput<'till:find-sale'>;
type Picked = { lineNo: number; quantity: number }[];

export function ReturnPanel({ onClose }: { onClose: () => void }) {
  const { t, lang } = useI18n();
  const [number, setNumber] = useState('');
  const [found, setFound] = useState<Found | null>(null);
  const [qty, setQty] = useState<Record<number, string>>({});
  const [error, setError] = useState<CallError | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState<{ lines: Picked; text: string } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => field.current?.focus(), []);
  const money = (c: number) => formatMoney(c, lang);
  const refundText = (r: ChannelOutput<'till:return-sale'>) => ({
    amount: money(r.refundCents),
    methods: r.methods.map((m) => methodLabel(t, m)).join(' + '),
  });

  const find = async (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    setPending(null);
    setProblem(null);
    const r = await call('till:find-sale', { number: Number(number) });
    if (!r.ok) {
      setFound(null);
      return setError(r.error);
    }
    setError(null);
    setFound(r.value);
    setQty({});
  };

  // Every typed quantity is checked: one that is not a number, or more than can still be returned,
  // is refused with a sentence, never trimmed or dropped without a word.
  const picked = (sale: Found): Picked | string => {
    const lines: Picked = [];
    for (const l of sale.lines) {
      const quantity = parseReturnQuantity(qty[l.lineNo] ?? '', l.unit);
      if (quantity === null) return t('till.returnBadQty', { name: l.name });
      if (quantity > l.returnable) {
        return t('till.returnTooMany', { name: l.name, returnable: amountText(l.unit, l.returnable, lang) });
      }
      if (quantity > 0) lines.push({ lineNo: l.lineNo, quantity });
    }
    return lines.length > 0 ? lines : t('till.returnNone');
  };

  const preview = async () => {
    if (!found) return;
    const lines = picked(found);
    if (typeof lines === 'string') return setProblem(lines);
    setProblem(null);
    const r = await call('till:return-sale', { number: found.number, lines, preview: true });
    if (!r.ok) return setError(r.error);
    setError(null);
    setPending({ lines, text: t('till.returnConfirm', refundText(r.value)) });
  };

  // A second tap while the refund is on its way is ignored: the money goes back once.
  const confirm = useSingleFlight(async () => {
    if (!found || !pending) return;
    const r = await call('till:return-sale', { number: found.number, lines: pending.lines });
    setPending(null);
    if (!r.ok) return setError(r.error);
    setError(null);
    setFound(null);
    setNumber('');
    setDone(t('till.returnDone', { number: r.value.number, ...refundText(r.value) }));
  });

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
                <label htmlFor={`till-return-${l.lineNo}`}>
                  {t(l.unit === 'kg' ? 'till.returnQtyKg' : 'till.returnQty', { name: l.name })}
                </label>
                <input
                  id={`till-return-${l.lineNo}`}
                  // Text, not type=number: "0,3" kg must reach the check, not be emptied by the browser.
                  inputMode={l.unit === 'kg' ? 'decimal' : 'numeric'}
                  autoComplete="off"
                  disabled={l.returnable === 0 || pending !== null}
                  value={qty[l.lineNo] ?? ''}
                  onChange={(e) => setQty({ ...qty, [l.lineNo]: e.target.value })}
                />
                <span className="muted">
                  {t('till.returnLine', {
                    quantity: amountText(l.unit, l.quantity, lang),
                    returnable: amountText(l.unit, l.returnable, lang),
                    amount: money(l.amountCents),
                  })}
                </span>
              </li>
            ))}
          </ul>
          {problem ? (
            <p className="message message-error" role="alert">
              {problem}
            </p>
          ) : null}
          {pending ? (
            <div className="till-return-confirm" role="alertdialog" aria-labelledby="till-return-confirm-text">
              <p id="till-return-confirm-text">{pending.text}</p>
              <button type="button" className="primary" onClick={() => void confirm()}>
                {t('till.returnYes')}
              </button>
              <button type="button" onClick={() => setPending(null)}>
                {t('till.returnNo')}
              </button>
            </div>
          ) : (
            <button type="button" className="primary" onClick={() => void preview()}>
              {t('till.returnDo')}
            </button>
          )}
          <ReprintButton key={found.saleId} saleId={found.saleId} number={found.number} />
        </>
      ) : null}
      <button type="button" onClick={onClose}>
        {t('till.returnBack')}
      </button>
    </div>
  );
}
