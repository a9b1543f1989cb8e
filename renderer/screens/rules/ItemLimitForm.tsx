import { useState } from 'react';
import type { CallError, FieldError } from '../../../main/contract/define';
import type { ChannelOutput } from '../../../main/contract/index';
import type { ItemLimitInput } from '../../../main/contract/rules';
import { call } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useI18n } from '../../i18n/index';
import { parseWhole } from './format';
import { RuleField } from './RuleField';

type Category = ChannelOutput<'rules:list-item-limits'>['categories'][number];
type Product = ChannelOutput<'products:search-products'>[number];
const scalings = ['household', 'per-person', 'per-adult', 'per-child'] as const;

/** Add a limit on a product (found by search) or a category, per visit and/or per period. */
export function ItemLimitForm(props: { categories: readonly Category[]; onAdded: () => Promise<void> }) {
  const { t, lang } = useI18n();
  const [kind, setKind] = useState<'product' | 'category'>('category');
  const [categoryId, setCategoryId] = useState('');
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<Product[]>([]);
  const [product, setProduct] = useState<Product | null>(null);
  const [perVisit, setPerVisit] = useState('');
  const [perPeriod, setPerPeriod] = useState('');
  const [period, setPeriod] = useState<'week' | 'month'>('week');
  const [scaling, setScaling] = useState<(typeof scalings)[number]>('household');
  const [childUnder, setChildUnder] = useState('');
  const [fields, setFields] = useState<FieldError[]>([]);
  const [error, setError] = useState<CallError | null>(null);

  const search = async (text: string) => {
    setQuery(text);
    if (text.trim().length < 2) return setHits([]);
    const result = await call('products:search-products', { query: text, limit: 8 });
    if (result.ok) setHits(result.value);
  };

  const submit = async () => {
    const problems: FieldError[] = [];
    const whole = (path: string, text: string): number | null => {
      if (text.trim() === '') return null;
      const value = parseWhole(text);
      if (value === null) problems.push({ path, code: 'bad-number' });
      return value;
    };
    const targetId = kind === 'product' ? (product?.id ?? 0) : Number(categoryId || 0);
    if (targetId === 0) problems.push({ path: 'targetId', code: 'target-not-found' });
    const input: ItemLimitInput = {
      targetKind: kind,
      targetId,
      perVisit: whole('perVisit', perVisit),
      perPeriod: whole('perPeriod', perPeriod),
      period,
      scaling,
      childUnderAge: whole('childUnderAge', childUnder),
    };
    if (problems.length > 0) return setFields(problems);
    const result = await call('rules:add-item-limit', input);
    if (!result.ok) {
      setFields(result.error.fields ?? []);
      setError(result.error.fields?.length ? null : result.error);
      return;
    }
    setFields([]);
    setError(null);
    setPerVisit('');
    setPerPeriod('');
    setChildUnder('');
    setProduct(null);
    await props.onAdded();
  };

  const number = (
    id: string,
    path: string,
    label: Parameters<typeof RuleField>[0]['label'],
    value: string,
    set: (v: string) => void,
  ) => (
    <RuleField id={id} label={label} path={path} errors={fields}>
      {(f) => (
        <input
          id={id}
          className={f.className}
          inputMode="numeric"
          aria-invalid={f.invalid || undefined}
          aria-describedby={f.describedBy}
          value={value}
          onChange={(e) => set(e.target.value)}
        />
      )}
    </RuleField>
  );

  return (
    <section className="rules-form" aria-labelledby="rules-new-limit">
      <h2 id="rules-new-limit">{t('rules.newLimit')}</h2>
      <form
        className="rules-grid"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <fieldset className="fieldset rules-kind">
          <legend>{t('rules.targetKind')}</legend>
          {(['category', 'product'] as const).map((k) => (
            <label key={k} className="check">
              <input type="radio" name="limit-kind" checked={kind === k} onChange={() => setKind(k)} />
              {t(`rules.kind.${k}`)}
            </label>
          ))}
        </fieldset>
        {kind === 'category' ? (
          <RuleField id="limit-category" label="rules.category" path="targetId" errors={fields}>
            {(f) => (
              <select
                id="limit-category"
                className={f.className}
                value={categoryId}
                onChange={(e) => setCategoryId(e.target.value)}
              >
                <option value="">{t('rules.chooseCategory')}</option>
                {props.categories.map((c) => (
                  <option key={c.id} value={c.id}>
                    {lang === 'fr' ? c.nameFr : c.nameNl}
                  </option>
                ))}
              </select>
            )}
          </RuleField>
        ) : (
          <RuleField id="limit-product" label="rules.productSearch" path="targetId" errors={fields}>
            {(f) => (
              <div className="rules-product">
                <input
                  id="limit-product"
                  type="search"
                  className={f.className}
                  value={query}
                  onChange={(e) => void search(e.target.value)}
                />
                {product ? <span className="chip chip-active">{t('rules.chosen', { name: product.name })}</span> : null}
                <div className="rules-hits">
                  {hits.map((hit) => (
                    <button
                      key={hit.id}
                      type="button"
                      className="chip"
                      aria-label={t('rules.pick', { name: hit.name })}
                      onClick={() => {
                        setProduct(hit);
                        setHits([]);
                      }}
                    >
                      {hit.name}
                    </button>
                  ))}
                </div>
              </div>
            )}
          </RuleField>
        )}
        {number('limit-per-visit', 'perVisit', 'rules.perVisitField', perVisit, setPerVisit)}
        {number('limit-per-period', 'perPeriod', 'rules.perPeriodField', perPeriod, setPerPeriod)}
        <RuleField id="limit-period" label="rules.limitPeriod" path="period" errors={fields}>
          {(f) => (
            <select
              id="limit-period"
              className={f.className}
              value={period}
              onChange={(e) => setPeriod(e.target.value === 'month' ? 'month' : 'week')}
            >
              <option value="week">{t('rules.period.week')}</option>
              <option value="month">{t('rules.period.month')}</option>
            </select>
          )}
        </RuleField>
        <RuleField id="limit-scaling" label="rules.scaling" path="scaling" errors={fields}>
          {(f) => (
            <select
              id="limit-scaling"
              className={f.className}
              value={scaling}
              onChange={(e) => setScaling(scalings.find((s) => s === e.target.value) ?? 'household')}
            >
              {scalings.map((s) => (
                <option key={s} value={s}>
                  {t(`rules.scaling.${s}`)}
                </option>
              ))}
            </select>
          )}
        </RuleField>
        {number('limit-child', 'childUnderAge', 'rules.childUnderField', childUnder, setChildUnder)}
        <div className="rules-buttons">
          <button type="submit" className="button button-primary">
            {t('rules.addLimit')}
          </button>
        </div>
      </form>
      <ErrorMessage error={error} />
    </section>
  );
}
