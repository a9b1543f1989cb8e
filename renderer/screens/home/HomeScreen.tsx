import { useI18n } from '../../i18n/index';
import { navigate } from '../../router';
import { routes } from '../../routes';
import { hasRole, useSession } from '../../session';

/** The tiles a user's roles open, largest first: a cashier sees the till at once. */
export function HomeScreen() {
  const { t } = useI18n();
  const { user } = useSession();
  const mine = routes.filter((r) => hasRole(user, r.roles));
  return (
    <nav className="tiles" aria-label={t('common.home')}>
      {mine.map((route) => (
        <button key={route.path} type="button" className="tile" onClick={() => navigate(route.path)}>
          <span className="tile-title">{t(route.title)}</span>
          <span className="tile-hint">{t(route.hint)}</span>
        </button>
      ))}
    </nav>
  );
}
