// F2: find a product by name (accents and case ignored in the main process). Arrows move, Enter
// adds, Esc closes; each hit is also a big touch button.
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { formatMoney } from '../../../main/contract/money';
import type { TillView } from '../../../main/contract/till';
import { call } from '../../api/client';
import { useI18n } from '../../i18n/index';

type Hit = { id: number; name: string; unit: 'piece' | 'kg'; priceCents: number };
export type Added = { view: TillView; added: boolean };

export function SearchPanel({ onAdded, onClose }: { onAdded: (r: Added) => void; onClose: () => void }) {
  const { t, lang } = useI18n();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<Hit[]>([]);
  const [active, setActive] = useState(0);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => field.current?.focus(), []);
  useEffect(() => {
    let stale = false;
    void call('till:search-products', { query }).then((r) => {
      if (stale || !r.ok) return;
      setHits(r.value);
      setActive(0);
    });
    // A slower answer to an older query must not overwrite a newer one.
    return () => {
      stale = true;
    };
  }, [query]);

  const pick = async (hit: Hit | undefined) => {
    if (!hit) return;
    const r = await call('till:add-product', { productId: hit.id });
    if (r.ok) onAdded(r.value);
    onClose();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') setActive((i) => Math.min(i + 1, hits.length - 1));
    else if (e.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
    else if (e.key === 'Enter') void pick(hits[active]);
    else if (e.key === 'Escape') onClose();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };
  return (
    <div className="till-search" role="dialog" aria-labelledby="till-search-title">
      <h3 id="till-search-title">{t('till.searchTitle')}</h3>
      <label htmlFor="till-search">{t('till.searchLabel')}</label>
      <input
        id="till-search"
        ref={field}
        autoComplete="off"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={onKey}
      />
      {query.trim() && hits.length === 0 ? <p>{t('till.searchNone')}</p> : null}
      {/* Arrows move the highlighted hit while typing continues in the field; touch picks directly. */}
      <ul className="till-hits">
        {hits.map((h, i) => (
          <li key={h.id}>
            <button
              type="button"
              tabIndex={-1}
              aria-current={i === active}
              className={i === active ? 'active' : ''}
              onClick={() => void pick(h)}
            >
              <span>{h.name}</span>
              <span className="num">
                {formatMoney(h.priceCents, lang)}
                {h.unit === 'kg' ? ' / kg' : ''}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={onClose}>
        {t('till.searchClose')}
      </button>
    </div>
  );
}
