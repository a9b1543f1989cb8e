// Big buttons for items without a barcode (loose fruit, bread): one touch adds one piece or 1 kg.
import { useEffect, useState } from 'react';
import { formatMoney } from '../../../main/contract/money';
import { call } from '../../api/client';
import { useI18n } from '../../i18n/index';
import type { Added } from './SearchPanel';

type Key = { id: number; name: string; unit: 'piece' | 'kg'; priceCents: number };

/** `amount`: reads a number typed in the scan field first — pieces, or grams for an item sold by weight. */
export function QuickKeys({ onAdded, amount }: { onAdded: (r: Added) => void; amount: () => number | undefined }) {
  const { t, lang } = useI18n();
  const [keys, setKeys] = useState<Key[]>([]);
  useEffect(() => {
    void call('till:quick-keys', {}).then((r) => r.ok && setKeys(r.value));
  }, []);
  if (keys.length === 0) return null;
  return (
    <section className="till-quick" aria-label={t('till.quickKeys')}>
      <h3>{t('till.quickKeys')}</h3>
      <p className="muted">{t('till.quickHint')}</p>
      <div className="till-quick-grid">
        {keys.map((k) => (
          <button
            key={k.id}
            type="button"
            onClick={() => {
              const quantity = amount();
              void call('till:add-product', { productId: k.id, ...(quantity ? { quantity } : {}) }).then(
                (r) => r.ok && onAdded(r.value),
              );
            }}
          >
            <span>{k.name}</span>
            <span className="num">
              {formatMoney(k.priceCents, lang)}
              {k.unit === 'kg' ? ' / kg' : ''}
            </span>
          </button>
        ))}
      </div>
    </section>
  );
}
