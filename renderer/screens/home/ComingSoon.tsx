import { useI18n } from '../../i18n/index';

export function ComingSoon() {
  const { t } = useI18n();
  return <p className="muted">{t('common.comingSoon')}</p>;
}
