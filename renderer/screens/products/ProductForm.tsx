import { useEffect, useState } from 'react';
import type { PriceChange } from '../../../main/contract/catalogue';
import type { CallError, FieldError } from '../../../main/contract/define';
import { formatMoney } from '../../../main/contract/money';
import { call } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useSingleFlight } from '../../components/useSingleFlight';
import { dateTimeText } from '../../dates';
import { useI18n } from '../../i18n/index';
import { useSession } from '../../session';
import { centsForInput, kgForInput } from './format';
import { PrField } from './PrField';

interface FormState {
  code: string;
  nameNl: string;
  nameFr: string;
  categoryId: number | null;
  unit: 'piece' | 'kg';
  socialPrice: string;
  referencePrice: string;
  vatRate: number;
  inBudget: boolean;
  active: boolean;
  lowStock: string;
}

const empty: FormState = {
  code: '',
  nameNl: '',
  nameFr: '',
  categoryId: null,
  unit: 'piece',
  socialPrice: '',
  referencePrice: '',
  vatRate: 6,
  inBudget: true,
  active: true,
  lowStock: '',
};

/** Create or edit a product; its price history underneath. */
export function ProductForm({ productId, onBack }: { productId: number | null; onBack: () => void }) {
  const { t, lang } = useI18n();
  const { timeZone } = useSession();
  const [id, setId] = useState(productId);
  const [form, setForm] = useState<FormState>(empty);
  const [categories, setCategories] = useState<{ id: number; nameNl: string; nameFr: string }[]>([]);
  const [history, setHistory] = useState<PriceChange[]>([]);
  const [fields, setFields] = useState<FieldError[]>([]);
  const [error, setError] = useState<CallError | null>(null);
  const [saved, setSaved] = useState<null | 'plain' | 'price'>(null);
  const load = async (which: number) => {
    const result = await call('products:get-product', { productId: which });
    if (!result.ok) return setError(result.error);
    const p = result.value.product;
    setForm({
      code: p.code,
      nameNl: p.nameNl,
      nameFr: p.nameFr,
      categoryId: p.categoryId,
      unit: p.unit,
      socialPrice: centsForInput(p.socialPriceCents, lang),
      referencePrice: centsForInput(p.referencePriceCents, lang),
      vatRate: p.vatRate,
      inBudget: p.inBudget,
      active: p.active,
      // Typed in the product's unit: pieces, or kg for a product whose stock is kept in grams.
      lowStock:
        p.lowStockThreshold === null
          ? ''
          : p.unit === 'kg'
            ? kgForInput(p.lowStockThreshold, lang)
            : String(p.lowStockThreshold),
    });
    setHistory(result.value.priceHistory);
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: loads once per product opened
  useEffect(() => {
    void call('products:list-categories', {}).then((r) => r.ok && setCategories(r.value));
    if (productId !== null) void load(productId);
  }, [productId]);
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    setSaved(null);
  };
  // A double click on save creates one product, not two.
  const save = useSingleFlight(async () => {
    const typed = form.lowStock.trim().replace(',', '.');
    const lowStock =
      typed === ''
        ? null
        : /^\d+(\.\d{1,3})?$/.test(typed)
          ? Math.round(Number(typed) * (form.unit === 'kg' ? 1000 : 1))
          : -1;
    if (
      lowStock !== null &&
      !(Number.isInteger(lowStock) && lowStock >= 0 && (form.unit === 'kg' || !typed.includes('.')))
    )
      return setFields([{ path: 'lowStock', code: 'bad-quantity' }]);
    const { lowStock: _ignored, ...rest } = form;
    const result = await call('products:save-product', {
      productId: id,
      form: { ...rest, lowStockThreshold: lowStock },
    });
    if (!result.ok) {
      setError(result.error.fields ? null : result.error);
      setFields(result.error.fields ?? []);
      return;
    }
    setFields([]);
    setError(null);
    setId(result.value.productId);
    setSaved(result.value.priceChanged && id !== null ? 'price' : 'plain');
    await load(result.value.productId);
  });
  const title =
    id === null ? t('products.newProduct') : t('products.edit', { name: lang === 'fr' ? form.nameFr : form.nameNl });
  const money = (cents: number | null) => (cents === null ? '–' : formatMoney(cents, lang));
  return (
    <section className="pr" aria-labelledby="pr-form-title">
      <div className="hh-toolbar">
        <button type="button" className="button button-ghost" onClick={onBack}>
          ← {t('products.back')}
        </button>
        <h2 id="pr-form-title">{title}</h2>
      </div>
      <form
        className="hh-grid pr-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
        noValidate
      >
        <PrField id="pr-code" label="products.code" errors={fields} path="code">
          {(v) => <input id="pr-code" {...v} value={form.code} onChange={(e) => set('code', e.target.value)} />}
        </PrField>
        <PrField id="pr-name-nl" label="products.nameNl" errors={fields} path="nameNl">
          {(v) => <input id="pr-name-nl" {...v} value={form.nameNl} onChange={(e) => set('nameNl', e.target.value)} />}
        </PrField>
        <PrField id="pr-name-fr" label="products.nameFr" errors={fields} path="nameFr">
          {(v) => <input id="pr-name-fr" {...v} value={form.nameFr} onChange={(e) => set('nameFr', e.target.value)} />}
        </PrField>
        <PrField id="pr-category" label="products.category" errors={fields} path="categoryId">
          {(v) => (
            <select
              id="pr-category"
              {...v}
              value={form.categoryId ?? ''}
              onChange={(e) => set('categoryId', e.target.value === '' ? null : Number(e.target.value))}
            >
              <option value="">{t('products.noCategory')}</option>
              {categories.map((c) => (
                <option key={c.id} value={c.id}>
                  {lang === 'fr' ? c.nameFr : c.nameNl}
                </option>
              ))}
            </select>
          )}
        </PrField>
        <PrField id="pr-unit" label="products.unit" errors={fields} path="unit">
          {(v) => (
            <select
              id="pr-unit"
              {...v}
              value={form.unit}
              onChange={(e) => set('unit', e.target.value === 'kg' ? 'kg' : 'piece')}
            >
              <option value="piece">{t('products.unit.piece')}</option>
              <option value="kg">{t('products.unit.kg')}</option>
            </select>
          )}
        </PrField>
        <PrField id="pr-vat" label="products.vat" errors={fields} path="vatRate">
          {(v) => (
            <select id="pr-vat" {...v} value={form.vatRate} onChange={(e) => set('vatRate', Number(e.target.value))}>
              {[0, 6, 12, 21].map((rate) => (
                <option key={rate} value={rate}>
                  {rate} %
                </option>
              ))}
            </select>
          )}
        </PrField>
        <PrField id="pr-social" label="products.socialPrice" errors={fields} path="socialPrice">
          {(v) => (
            <input
              id="pr-social"
              {...v}
              inputMode="decimal"
              value={form.socialPrice}
              onChange={(e) => set('socialPrice', e.target.value)}
            />
          )}
        </PrField>
        <PrField id="pr-reference" label="products.referencePrice" errors={fields} path="referencePrice">
          {(v) => (
            <input
              id="pr-reference"
              {...v}
              inputMode="decimal"
              value={form.referencePrice}
              onChange={(e) => set('referencePrice', e.target.value)}
            />
          )}
        </PrField>
        <PrField id="pr-low" label="products.lowStock" errors={fields} path="lowStock">
          {(v) => (
            <input
              id="pr-low"
              {...v}
              inputMode="numeric"
              value={form.lowStock}
              onChange={(e) => set('lowStock', e.target.value)}
            />
          )}
        </PrField>
        <label className="check">
          <input type="checkbox" checked={form.inBudget} onChange={(e) => set('inBudget', e.target.checked)} />
          {t('products.inBudget')}
        </label>
        <label className="check">
          <input type="checkbox" checked={form.active} onChange={(e) => set('active', e.target.checked)} />
          {t('products.active')}
        </label>
        <div className="actions">
          <button type="submit" className="button button-primary">
            {t('products.save')}
          </button>
        </div>
      </form>
      <ErrorMessage error={error} />
      {saved && (
        <p className="message message-ok" role="status">
          {t(saved === 'price' ? 'products.savedPrice' : 'products.saved')}
        </p>
      )}
      {id !== null && (
        <>
          <h3>{t('products.history')}</h3>
          {history.length === 0 ? (
            <p className="muted">{t('products.noHistory')}</p>
          ) : (
            <table className="table pr-history">
              <thead>
                <tr>
                  <th>{t('products.when')}</th>
                  <th>{t('products.who')}</th>
                  <th>{t('products.social')}</th>
                  <th>{t('products.reference')}</th>
                </tr>
              </thead>
              <tbody>
                {history.map((h) => (
                  <tr key={`${h.at}${h.newSocialCents}${h.newReferenceCents}`}>
                    <td>{dateTimeText(h.at, lang, timeZone)}</td>
                    <td>{h.userName ?? '–'}</td>
                    <td>
                      {money(h.oldSocialCents)} → {money(h.newSocialCents)}
                    </td>
                    <td>
                      {money(h.oldReferenceCents)} → {money(h.newReferenceCents)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
