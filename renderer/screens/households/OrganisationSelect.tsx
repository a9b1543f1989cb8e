import { useEffect, useState } from 'react';
import { organisationKinds } from '../../../main/contract/households';
import type { ChannelOutput } from '../../../main/contract/index';
import { call } from '../../api/client';
import { useI18n } from '../../i18n/index';

type Kind = (typeof organisationKinds)[number];
export interface OrganisationChoice {
  kind: Kind;
  id: number | null;
}

/** The shop's managed list of referring organisations, then the four kinds for one not on the list yet. */
export function OrganisationSelect({
  value,
  onChange,
}: {
  value: OrganisationChoice;
  onChange: (choice: OrganisationChoice) => void;
}) {
  const { t } = useI18n();
  const [list, setList] = useState<ChannelOutput<'households:list-organisations'>>([]);
  useEffect(() => {
    void call('households:list-organisations', {}).then((result) => {
      if (result.ok) setList(result.value);
    });
  }, []);
  const selected = value.id === null ? `kind:${value.kind}` : `id:${value.id}`;
  const choose = (raw: string) => {
    const org = list.find((o) => `id:${o.id}` === raw);
    if (org) return onChange({ kind: org.kind, id: org.id });
    onChange({ kind: organisationKinds.find((k) => `kind:${k}` === raw) ?? 'other', id: null });
  };
  return (
    <div className="hh-field">
      <label htmlFor="hh-org">{t('households.organisation')}</label>
      <select id="hh-org" className="input" value={selected} onChange={(e) => choose(e.target.value)}>
        {list.map((o) => (
          <option key={o.id} value={`id:${o.id}`}>
            {o.name} ({t(`households.org.${o.kind}`)})
          </option>
        ))}
        {organisationKinds.map((k) => (
          <option key={k} value={`kind:${k}`}>
            {t(`households.org.${k}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
