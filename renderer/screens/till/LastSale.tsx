// The sale just paid: its number and change, and a button to print its receipt again (a paper jam,
// or the client asks for a second copy).
import { useState } from 'react';
import type { CallError } from '../../../main/contract/define';
import { formatMoney } from '../../../main/contract/money';
import type { TillView } from '../../../main/contract/till';
import { call } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useI18n } from '../../i18n/index';

export function ReprintButton({ saleId, number }: { saleId: number; number: number }) {
  const { t } = useI18n();
  const [queued, setQueued] = useState(false);
  const [error, setError] = useState<CallError | null>(null);
  const reprint = async () => {
    const r = await call('print:reprint-sale', { saleId });
    setQueued(r.ok);
    setError(r.ok ? null : r.error);
  };
  return (
    <>
      <button type="button" className="till-reprint" onClick={() => void reprint()}>
        {t('till.reprint')}
      </button>
      {queued ? <span role="status">{t('till.reprinted', { number })}</span> : null}
      <ErrorMessage error={error} />
    </>
  );
}

export function LastSale({ sale }: { sale: NonNullable<TillView['lastSale']> }) {
  const { t, lang } = useI18n();
  return (
    <div className="till-last-sale">
      <p role="status">
        {t('till.sold', { number: sale.number })} {t('till.change', { amount: formatMoney(sale.changeCents, lang) })}
      </p>
      <ReprintButton key={sale.saleId} saleId={sale.saleId} number={sale.number} />
    </div>
  );
}
