import { useEffect, useState } from 'react';
import type { CatalogueItem } from '../../../main/contract/catalogue';
import type { CallError, FieldError } from '../../../main/contract/define';
import { formatMoney } from '../../../main/contract/money';
import type { StockMovement } from '../../../main/contract/stock';
import { call } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { dateTimeText } from '../../dates';
import { type MessageKey, useI18n } from '../../i18n/index';
import { useSession } from '../../session';
import { quantityText } from './format';
import { PrField } from './PrField';

type Kind = 'receive' | 'count' | 'writeOff';

const reasonKeys: Record<string, MessageKey> = {
  expired: 'products.reason.expired',
  damaged: 'products.reason.damaged',
  donation: 'products.reason.donation',
  purchase: 'products.reason.purchase',
  'stock-take': 'products.reason.stock-take',
};

/** The movement's reason as words; the till's sales and returns carry their kind instead. */
function reasonKey(m: StockMovement): MessageKey {
  const byReason = m.reason ? reasonKeys[m.reason] : undefined;
  if (byReason) return byReason;
  switch (m.kind) {
    case 'sold':
      return 'products.reason.sale';
    case 'returned':
      return 'products.reason.return';
    case 'counted':
      return 'products.reason.stock-take';
    case 'received':
      return m.source === 'purchase' ? 'products.reason.purchase' : 'products.reason.donation';
    case 'written-off':
      return 'products.reason.damaged';
    default:
      return m.kind satisfies never;
  }
}

/** Receive, count or write off one product; its movements underneath. */
export function MovementForms({ product, onMoved }: { product: CatalogueItem; onMoved: () => void }) {
  const { t, lang } = useI18n();
  const { timeZone } = useSession();
  const [kind, setKind] = useState<Kind>('receive');
  const [quantity, setQuantity] = useState('');
  const [source, setSource] = useState<'donation' | 'purchase'>('donation');
  const [supplier, setSupplier] = useState('');
  const [cost, setCost] = useState('');
  const [bestBefore, setBestBefore] = useState('');
  const [reason, setReason] = useState<'expired' | 'damaged'>('expired');
  const [fields, setFields] = useState<FieldError[]>([]);
  const [error, setError] = useState<CallError | null>(null);
  // What was recorded, translated at render time so a language switch changes it too.
  const [done, setDone] = useState<
    null | { kind: 'count'; counted: number; expected: number; variance: number } | { kind: 'moved'; stock: number }
  >(null);
  const [movements, setMovements] = useState<StockMovement[]>([]);
  const q = (n: number) => quantityText(n, product.unit, lang);
  const loadMovements = async () => {
    const result = await call('products:list-movements', { productId: product.id, limit: 20 });
    if (result.ok) setMovements(result.value);
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: reload when another product is chosen
  useEffect(() => {
    void loadMovements();
  }, [product.id]);
  const submit = async () => {
    const productId = product.id;
    let message: NonNullable<typeof done>;
    if (kind === 'count') {
      const result = await call('products:count-stock', { productId, counted: quantity });
      if (!result.ok) return refused(result.error);
      message = { kind: 'count', ...result.value };
    } else {
      const result =
        kind === 'receive'
          ? await call('products:receive-stock', { productId, quantity, source, supplier, cost, bestBefore })
          : await call('products:write-off-stock', { productId, quantity, reason });
      if (!result.ok) return refused(result.error);
      message = { kind: 'moved', stock: result.value.stockQuantity };
    }
    setFields([]);
    setError(null);
    setDone(message);
    setQuantity('');
    await loadMovements();
    onMoved();
  };
  const refused = (callError: CallError) => {
    setFields(callError.fields ?? []);
    setError(callError.fields ? null : callError);
    setDone(null);
  };
  const qtyLabel: MessageKey =
    kind === 'count' ? 'products.counted' : product.unit === 'kg' ? 'products.quantityKg' : 'products.quantity';
  return (
    <div className="pr-moves">
      <div className="pr-tabs" role="group">
        {(['receive', 'count', 'writeOff'] as const).map((k) => (
          <button
            key={k}
            type="button"
            className={k === kind ? 'chip chip-active' : 'chip'}
            aria-pressed={k === kind}
            onClick={() => {
              setKind(k);
              setFields([]);
              setDone(null);
            }}
          >
            {t(`products.${k}`)}
          </button>
        ))}
      </div>
      <form
        className="hh-grid"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <PrField id="pr-qty" label={qtyLabel} errors={fields} path={kind === 'count' ? 'counted' : 'quantity'}>
          {(v) => (
            <input
              id="pr-qty"
              {...v}
              inputMode="decimal"
              value={quantity}
              onChange={(e) => setQuantity(e.target.value)}
            />
          )}
        </PrField>
        {kind === 'receive' && (
          <>
            <PrField id="pr-source" label="products.source" errors={fields} path="source">
              {(v) => (
                <select
                  id="pr-source"
                  {...v}
                  value={source}
                  onChange={(e) => setSource(e.target.value === 'purchase' ? 'purchase' : 'donation')}
                >
                  <option value="donation">{t('products.source.donation')}</option>
                  <option value="purchase">{t('products.source.purchase')}</option>
                </select>
              )}
            </PrField>
            <PrField id="pr-supplier" label="products.supplier" errors={fields} path="supplier">
              {(v) => <input id="pr-supplier" {...v} value={supplier} onChange={(e) => setSupplier(e.target.value)} />}
            </PrField>
            <PrField id="pr-cost" label="products.cost" errors={fields} path="cost">
              {(v) => (
                <input id="pr-cost" {...v} inputMode="decimal" value={cost} onChange={(e) => setCost(e.target.value)} />
              )}
            </PrField>
            <PrField id="pr-bbd" label="products.bestBefore" errors={fields} path="bestBefore">
              {(v) => (
                <input
                  id="pr-bbd"
                  {...v}
                  placeholder={t('products.datePlaceholder')}
                  value={bestBefore}
                  onChange={(e) => setBestBefore(e.target.value)}
                />
              )}
            </PrField>
          </>
        )}
        {kind === 'writeOff' && (
          <PrField id="pr-reason" label="products.reason" errors={fields} path="reason">
            {(v) => (
              <select
                id="pr-reason"
                {...v}
                value={reason}
                onChange={(e) => setReason(e.target.value === 'damaged' ? 'damaged' : 'expired')}
              >
                <option value="expired">{t('products.reason.expired')}</option>
                <option value="damaged">{t('products.reason.damaged')}</option>
              </select>
            )}
          </PrField>
        )}
        <div className="actions">
          <button type="submit" className="button button-primary">
            {t('products.record')}
          </button>
        </div>
      </form>
      <ErrorMessage error={error} />
      {done && (
        <p className="message message-ok" role="status">
          {done.kind === 'count'
            ? t('products.countRecorded', {
                counted: q(done.counted),
                expected: q(done.expected),
                variance: q(done.variance),
              })
            : t('products.recorded', { stock: q(done.stock) })}
        </p>
      )}
      <h3>{t('products.movements')}</h3>
      {movements.length === 0 ? (
        <p className="muted">{t('products.none')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th>{t('products.when')}</th>
              <th>{t('products.who')}</th>
              <th>{t('products.reason')}</th>
              <th>{t('products.quantity')}</th>
              <th>{t('products.supplier')}</th>
            </tr>
          </thead>
          <tbody>
            {movements.map((m) => (
              <tr key={m.id}>
                <td>{dateTimeText(m.at, lang, timeZone)}</td>
                <td>{m.userName ?? '–'}</td>
                <td>{t(reasonKey(m))}</td>
                <td>
                  {m.quantity > 0 ? '+' : ''}
                  {q(m.quantity)}
                </td>
                <td>
                  {m.supplier ?? ''}
                  {m.costCents !== null ? ` (${formatMoney(m.costCents, lang)})` : ''}
                  {m.bestBefore ? ` · ${m.bestBefore.split('-').reverse().join('/')}` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
