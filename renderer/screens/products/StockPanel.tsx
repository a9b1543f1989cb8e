import { useEffect, useRef, useState } from 'react';
import type { CatalogueItem } from '../../../main/contract/catalogue';
import type { CallError } from '../../../main/contract/define';
import type { ChannelOutput } from '../../../main/contract/index';
import { formatMoney } from '../../../main/contract/money';
import { call } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useI18n } from '../../i18n/index';
import { quantityText } from './format';
import { MovementForms } from './MovementForms';

type Overview = ChannelOutput<'products:stock-overview'>;
const nearDays = 7;

/** Stock: find a product and move it (receive, count, write off); low stock, value, best-before. */
export function StockPanel({ onBack }: { onBack: () => void }) {
  const { t, lang } = useI18n();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<CatalogueItem[]>([]);
  const [product, setProduct] = useState<CatalogueItem | null>(null);
  const [overview, setOverview] = useState<Overview | null>(null);
  const [error, setError] = useState<CallError | null>(null);
  const latest = useRef(0);
  const loadOverview = async () => {
    const result = await call('products:stock-overview', { days: nearDays });
    if (!result.ok) return setError(result.error);
    setOverview(result.value);
  };
  // Names come in the user's language: reload when it changes; movements refresh it too.
  // biome-ignore lint/correctness/useExhaustiveDependencies: lang is the trigger, not a value read here
  useEffect(() => {
    void loadOverview();
  }, [lang]);
  useEffect(() => {
    const ticket = ++latest.current;
    if (query.trim() === '') return setHits([]);
    void call('products:list-catalogue', { query, limit: 8 }).then((r) => {
      if (ticket === latest.current && r.ok) setHits(r.value);
    });
  }, [query]);
  const refresh = async () => {
    await loadOverview();
    if (!product) return;
    const result = await call('products:get-product', { productId: product.id });
    if (result.ok) setProduct(result.value.product);
  };
  const pick = async (productId: number) => {
    const result = await call('products:get-product', { productId });
    if (!result.ok) return setError(result.error);
    setProduct(result.value.product);
    setQuery('');
  };
  const nameOf = (item: { nameNl: string; nameFr: string }) => (lang === 'fr' ? item.nameFr : item.nameNl);
  return (
    <section className="pr" aria-labelledby="pr-stock-title">
      <div className="hh-toolbar">
        <button type="button" className="button button-ghost" onClick={onBack}>
          ← {t('products.back')}
        </button>
        <h2 id="pr-stock-title">{t('products.stock')}</h2>
      </div>
      <ErrorMessage error={error} />
      <div className="pr-stock">
        <div>
          <input
            className="input"
            type="search"
            aria-label={t('products.chooseProduct')}
            placeholder={t('products.chooseProduct')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          {hits.length > 0 && (
            <ul className="pr-list">
              {hits.map((hit) => (
                <li key={hit.id}>
                  <button type="button" className="pr-open" onClick={() => void pick(hit.id)}>
                    <strong>{nameOf(hit)}</strong>
                    <span className="muted">{hit.code}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          {product && (
            <>
              <p className="pr-chosen">
                {t('products.chosen', {
                  name: nameOf(product),
                  stock: quantityText(product.stockQuantity, product.unit, lang),
                })}
              </p>
              <MovementForms key={product.id} product={product} onMoved={() => void refresh()} />
            </>
          )}
        </div>
        {overview && (
          <aside className="pr-overview">
            <h3>{t('products.stockValue')}</h3>
            <p>{t('products.valueSocial', { amount: formatMoney(overview.value.socialCents, lang) })}</p>
            <p>{t('products.valueReference', { amount: formatMoney(overview.value.referenceCents, lang) })}</p>
            <p>{t('products.valueCost', { amount: formatMoney(overview.value.costCents, lang) })}</p>
            <h3>{t('products.lowStockList')}</h3>
            {overview.lowStock.length === 0 && <p className="muted">{t('products.none')}</p>}
            <ul className="hh-list">
              {overview.lowStock.map((line) => (
                <li key={line.productId}>
                  <button type="button" className="pr-link" onClick={() => void pick(line.productId)}>
                    {line.name}
                  </button>{' '}
                  {quantityText(line.stockQuantity, line.unit, lang)} ({t('products.threshold')}{' '}
                  {quantityText(line.threshold, line.unit, lang)})
                </li>
              ))}
            </ul>
            <h3>{t('products.nearBestBefore', { days: nearDays })}</h3>
            {overview.nearBestBefore.length === 0 && <p className="muted">{t('products.none')}</p>}
            <ul className="hh-list">
              {overview.nearBestBefore.map((line) => (
                <li key={`${line.productId}${line.bestBefore}`}>
                  <button type="button" className="pr-link" onClick={() => void pick(line.productId)}>
                    {line.name}
                  </button>{' '}
                  {line.bestBefore.split('-').reverse().join('/')} · {quantityText(line.received, line.unit, lang)}
                </li>
              ))}
            </ul>
          </aside>
        )}
      </div>
    </section>
  );
}
