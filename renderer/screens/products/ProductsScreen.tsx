import { useEffect, useRef, useState } from 'react';
import type { CatalogueItem } from '../../../main/contract/catalogue';
import type { CallError } from '../../../main/contract/define';
import { formatMoney } from '../../../main/contract/money';
import { call } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useI18n } from '../../i18n/index';
import { ExportButton } from './ExportButton';
import { quantityText } from './format';
import { ImportPanel } from './ImportPanel';
import { LabelsButton } from './LabelsButton';
import { ProductForm } from './ProductForm';
import { StockPanel } from './StockPanel';

type Mode = { kind: 'list' } | { kind: 'edit'; id: number | null } | { kind: 'import' } | { kind: 'stock' };

/** The coordinator's catalogue: instant search, edit, import, stock and shelf labels. */
export function ProductsScreen() {
  const { t, lang } = useI18n();
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const [query, setQuery] = useState('');
  const [items, setItems] = useState<CatalogueItem[]>([]);
  const [chosen, setChosen] = useState<number[]>([]);
  const [error, setError] = useState<CallError | null>(null);
  // Only the answer to the latest keystroke is shown: an older, slower answer must not overwrite it.
  const latest = useRef(0);
  useEffect(() => {
    if (mode.kind !== 'list') return;
    const ticket = ++latest.current;
    void call('products:list-catalogue', { query, limit: 50 }).then((result) => {
      if (ticket !== latest.current) return;
      if (!result.ok) return setError(result.error);
      setError(null);
      setItems(result.value);
    });
  }, [query, mode.kind]);
  const back = () => setMode({ kind: 'list' });
  if (mode.kind === 'edit') return <ProductForm key={mode.id ?? 'new'} productId={mode.id} onBack={back} />;
  if (mode.kind === 'import') return <ImportPanel onBack={back} />;
  if (mode.kind === 'stock') return <StockPanel onBack={back} />;
  const toggle = (id: number) => setChosen((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]));
  return (
    <section className="pr" aria-labelledby="pr-title">
      <div className="hh-toolbar">
        <h2 id="pr-title">{t('products.title')}</h2>
        <button type="button" className="button button-primary" onClick={() => setMode({ kind: 'edit', id: null })}>
          {t('products.newProduct')}
        </button>
        <button type="button" className="button" onClick={() => setMode({ kind: 'import' })}>
          {t('products.import')}
        </button>
        <button type="button" className="button" onClick={() => setMode({ kind: 'stock' })}>
          {t('products.stock')}
        </button>
        <ExportButton />
        <LabelsButton productIds={chosen} />
      </div>
      <input
        className="input pr-search"
        type="search"
        aria-label={t('products.searchHint')}
        placeholder={t('products.searchHint')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        // biome-ignore lint/a11y/noAutofocus: finding a product is what this screen is opened for
        autoFocus
      />
      <ErrorMessage error={error} />
      {items.length === 0 && query.trim() !== '' && <p className="muted">{t('products.noResults')}</p>}
      <ul className="pr-list" aria-label={t('products.title')}>
        {items.map((item) => {
          const name = lang === 'fr' ? item.nameFr : item.nameNl;
          return (
            <li key={item.id} className={item.active ? 'pr-row' : 'pr-row pr-inactive'}>
              <label className="pr-pick">
                <input
                  className="pr-pick-box"
                  type="checkbox"
                  checked={chosen.includes(item.id)}
                  onChange={() => toggle(item.id)}
                  aria-label={t('products.select', { name })}
                />
              </label>
              <button type="button" className="pr-open" onClick={() => setMode({ kind: 'edit', id: item.id })}>
                <strong>{name}</strong>
                <span className="muted">{item.code}</span>
                <span>
                  {formatMoney(item.socialPriceCents, lang)}
                  {item.unit === 'kg' ? '/kg' : ''}
                </span>
                <span className="muted">
                  {t('products.stockQty')}: {quantityText(item.stockQuantity, item.unit, lang)}
                </span>
                {!item.active && <span className="hh-status hh-status-none">{t('products.inactive')}</span>}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
