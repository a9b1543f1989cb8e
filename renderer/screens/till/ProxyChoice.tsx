// Who shops for the household today: the household itself or one of its registered proxies. The
// receipt and the sale record name the proxy chosen here.
import type { CallError } from '../../../main/contract/define';
import type { TillView } from '../../../main/contract/till';
import { call } from '../../api/client';
import { useI18n } from '../../i18n/index';

type Client = NonNullable<TillView['client']>;

export function ProxyChoice({
  client,
  onView,
  onError,
}: {
  client: Client;
  onView: (view: TillView) => void;
  onError: (error: CallError) => void;
}) {
  const { t } = useI18n();
  const choose = async (proxyId: number | null) => {
    const r = await call('till:choose-proxy', { proxyId });
    if (r.ok) onView(r.value);
    else onError(r.error);
  };
  const chosen = client.proxy?.id ?? null;
  const options = [{ id: null, name: t('till.proxyNone') }, ...client.proxies];
  return (
    <fieldset className="till-proxy">
      <legend>{t('till.proxyChoose')}</legend>
      {options.map((p) => (
        <button
          key={p.id ?? 'household'}
          type="button"
          className={chosen === p.id ? 'chip chip-active' : 'chip'}
          aria-pressed={chosen === p.id}
          onClick={() => void choose(p.id)}
        >
          {p.name}
        </button>
      ))}
    </fieldset>
  );
}
