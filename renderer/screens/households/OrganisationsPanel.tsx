import { useCallback, useEffect, useState } from 'react';
import type { CallError, FieldError } from '../../../main/contract/define';
import { organisationKinds } from '../../../main/contract/households';
import type { ChannelOutput } from '../../../main/contract/index';
import { call } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useI18n } from '../../i18n/index';
import { Field } from './Field';

type Organisation = ChannelOutput<'households:list-organisations'>[number];
type Kind = Organisation['kind'];
const asKind = (raw: string): Kind => organisationKinds.find((k) => k === raw) ?? 'other';

/** Coordinators keep the list of referring organisations: add, rename, take out of use. */
export function OrganisationsPanel({ onBack }: { onBack: () => void }) {
  const { t } = useI18n();
  const [list, setList] = useState<Organisation[]>([]);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<Kind>('ocmw-cpas');
  const [fields, setFields] = useState<FieldError[]>([]);
  const [error, setError] = useState<CallError | null>(null);
  const [saved, setSaved] = useState(false);
  const load = useCallback(async () => {
    const result = await call('households:list-organisations', { includeInactive: true });
    if (result.ok) setList(result.value);
  }, []);
  useEffect(() => void load(), [load]);
  const outcome = async (result: { ok: true } | { ok: false; error: CallError }) => {
    setSaved(result.ok);
    setError(result.ok ? null : result.error);
    setFields(result.ok ? [] : (result.error.fields ?? []));
    if (result.ok) await load();
    return result.ok;
  };
  const add = async () => {
    if (await outcome(await call('households:add-organisation', { name, kind }))) setName('');
  };
  const change = (id: number, patch: Partial<Organisation>) =>
    setList(list.map((o) => (o.id === id ? { ...o, ...patch } : o)));
  return (
    <section className="hh hh-orgs" aria-labelledby="hh-orgs-title">
      <div className="hh-toolbar">
        <button type="button" className="button button-ghost" onClick={onBack}>
          ← {t('households.back')}
        </button>
        <h2 id="hh-orgs-title">{t('households.organisations')}</h2>
      </div>
      <ul className="hh-list hh-org-list">
        {list.map((o) => (
          <li key={o.id} className={o.active ? 'hh-org' : 'hh-org muted'}>
            <input
              className="input"
              aria-label={t('households.orgName')}
              value={o.name}
              onChange={(e) => change(o.id, { name: e.target.value })}
            />
            <select
              className="input"
              aria-label={t('households.orgKind')}
              value={o.kind}
              onChange={(e) => change(o.id, { kind: asKind(e.target.value) })}
            >
              {organisationKinds.map((k) => (
                <option key={k} value={k}>
                  {t(`households.org.${k}`)}
                </option>
              ))}
            </select>
            <label className="hh-check">
              <input type="checkbox" checked={o.active} onChange={(e) => change(o.id, { active: e.target.checked })} />
              {t('households.orgActive')}
            </label>
            <button
              type="button"
              className="button"
              onClick={() =>
                void call('households:update-organisation', {
                  id: o.id,
                  name: o.name,
                  kind: o.kind,
                  active: o.active,
                }).then(outcome)
              }
            >
              {t('common.save')}
            </button>
          </li>
        ))}
      </ul>
      <fieldset className="fieldset hh-grid">
        <legend>{t('households.addOrganisation')}</legend>
        <Field id="hh-org-new" label="households.orgName" path="name" value={name} onChange={setName} errors={fields} />
        <div className="hh-field">
          <label htmlFor="hh-org-new-kind">{t('households.orgKind')}</label>
          <select id="hh-org-new-kind" className="input" value={kind} onChange={(e) => setKind(asKind(e.target.value))}>
            {organisationKinds.map((k) => (
              <option key={k} value={k}>
                {t(`households.org.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button button-primary" onClick={() => void add()}>
          {t('households.addOrganisation')}
        </button>
      </fieldset>
      <ErrorMessage error={error} />
      {saved && (
        <p className="message message-ok" role="status">
          {t('households.done')}
        </p>
      )}
    </section>
  );
}
