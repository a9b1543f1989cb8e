import { useState } from 'react';
import type { CallError, FieldError } from '../../../main/contract/define';
import type { ChannelInput } from '../../../main/contract/index';
import type { RuleSimulation } from '../../../main/contract/rules';
import { call } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { addDays } from '../../dates';
import { useI18n } from '../../i18n/index';
import { amountText, parseAmount, parseWhole, type RuleSetRow } from './format';
import { RuleField } from './RuleField';
import { SimulationTable } from './SimulationTable';

type Input = ChannelInput<'rules:add-rule-set'>;
type Form = Record<'effectiveFrom' | 'base' | 'perAdult' | 'perChild' | 'childAge' | 'cap' | 'visits', string> & {
  period: 'week' | 'month';
};

function formFrom(rule: RuleSetRow | undefined, today: string, lang: 'nl' | 'fr' | 'en'): Form {
  // Tomorrow at the earliest, and after the latest version (one version per day).
  const tomorrow = addDays(today, 1);
  const afterLatest = rule ? addDays(rule.effectiveFrom, 1) : tomorrow;
  return {
    effectiveFrom: afterLatest.localeCompare(tomorrow) > 0 ? afterLatest : tomorrow,
    period: rule?.period ?? 'week',
    base: rule ? amountText(rule.baseCents, lang) : '',
    perAdult: rule ? amountText(rule.perAdultCents, lang) : '',
    perChild: rule ? amountText(rule.perChildCents, lang) : '',
    childAge: String(rule?.childAgeLimit ?? 18),
    cap: rule?.capCents == null ? '' : amountText(rule.capCents, lang),
    visits: rule?.visitLimit == null ? '' : String(rule.visitLimit),
  };
}

/** The form read into the channel's input, or the fields a person must correct (checked here first). */
function parseForm(form: Form): { input: Input } | { fields: FieldError[] } {
  const fields: FieldError[] = [];
  const amount = (path: string, text: string, optional = false): number | null => {
    if (optional && text.trim() === '') return null;
    const value = parseAmount(text);
    if (value === null) fields.push({ path, code: text.trim() === '' ? 'required' : 'bad-amount' });
    return value;
  };
  const whole = (path: string, text: string, optional = false): number | null => {
    if (optional && text.trim() === '') return null;
    const value = parseWhole(text);
    if (value === null) fields.push({ path, code: text.trim() === '' ? 'required' : 'bad-number' });
    return value;
  };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.effectiveFrom)) fields.push({ path: 'effectiveFrom', code: 'bad-date' });
  const input = {
    effectiveFrom: form.effectiveFrom,
    period: form.period,
    baseCents: amount('baseCents', form.base) ?? 0,
    perAdultCents: amount('perAdultCents', form.perAdult) ?? 0,
    perChildCents: amount('perChildCents', form.perChild) ?? 0,
    childAgeLimit: whole('childAgeLimit', form.childAge) ?? 18,
    capCents: amount('capCents', form.cap, true),
    visitLimit: whole('visitLimit', form.visits, true),
  };
  return fields.length > 0 ? { fields } : { input };
}

/** A new version dated from a future day; its effect on today's households shown before saving. */
export function RuleSetForm(props: {
  current: RuleSetRow | undefined;
  today: string;
  onSaved: (effectiveFrom: string) => void;
}) {
  const { t, lang } = useI18n();
  const [form, setForm] = useState<Form>(() => formFrom(props.current, props.today, lang));
  const [fields, setFields] = useState<FieldError[]>([]);
  const [error, setError] = useState<CallError | null>(null);
  const [simulation, setSimulation] = useState<{ result: RuleSimulation; of: string } | null>(null);
  const set = (key: keyof Form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));

  const run = async (action: 'simulate' | 'save') => {
    const parsed = parseForm(form);
    if ('fields' in parsed) {
      setFields(parsed.fields);
      setError(null);
      return;
    }
    const result =
      action === 'simulate'
        ? await call('rules:simulate-rule-set', parsed.input)
        : await call('rules:add-rule-set', parsed.input);
    if (!result.ok) {
      setFields(result.error.fields ?? []);
      setError(result.error.fields?.length ? null : result.error);
      return;
    }
    setFields([]);
    setError(null);
    if ('monthKey' in result.value) {
      setSimulation({ result: result.value, of: JSON.stringify(form) });
    } else {
      props.onSaved(parsed.input.effectiveFrom);
    }
  };

  const text = (
    key: Exclude<keyof Form, 'period'>,
    path: string,
    label: Parameters<typeof RuleField>[0]['label'],
    type = 'text',
  ) => (
    <RuleField id={`rule-${key}`} label={label} path={path} errors={fields}>
      {(f) => (
        <input
          id={`rule-${key}`}
          type={type}
          className={f.className}
          aria-invalid={f.invalid || undefined}
          aria-describedby={f.describedBy}
          inputMode={type === 'text' ? 'decimal' : undefined}
          value={form[key]}
          onChange={(e) => set(key)(e.target.value)}
        />
      )}
    </RuleField>
  );

  return (
    <section className="rules-form" aria-labelledby="rules-new-version">
      <h2 id="rules-new-version">{t('rules.newVersion')}</h2>
      <p className="muted">{t('rules.newVersionHint')}</p>
      <form
        className="rules-grid"
        onSubmit={(e) => {
          e.preventDefault();
          void run('simulate');
        }}
      >
        {text('effectiveFrom', 'effectiveFrom', 'rules.effectiveFrom', 'date')}
        <RuleField id="rule-period" label="rules.period" path="period" errors={fields}>
          {(f) => (
            <select
              id="rule-period"
              className={f.className}
              value={form.period}
              onChange={(e) => set('period')(e.target.value === 'month' ? 'month' : 'week')}
            >
              <option value="week">{t('rules.period.week')}</option>
              <option value="month">{t('rules.period.month')}</option>
            </select>
          )}
        </RuleField>
        {text('visits', 'visitLimit', 'rules.visitLimitField')}
        {text('base', 'baseCents', 'rules.base')}
        {text('perAdult', 'perAdultCents', 'rules.perAdultField')}
        {text('perChild', 'perChildCents', 'rules.perChildField')}
        {text('childAge', 'childAgeLimit', 'rules.childAgeLimit')}
        {text('cap', 'capCents', 'rules.capField')}
        <div className="rules-buttons">
          <button type="submit" className="button">
            {t('rules.simulate')}
          </button>
          <button type="button" className="button button-primary" onClick={() => void run('save')}>
            {t('rules.save')}
          </button>
        </div>
      </form>
      <ErrorMessage error={error} />
      {simulation ? (
        <SimulationTable result={simulation.result} stale={simulation.of !== JSON.stringify(form)} />
      ) : null}
    </section>
  );
}
