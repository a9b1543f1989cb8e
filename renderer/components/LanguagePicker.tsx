import { type Language, languages } from '../../main/contract/money';
import { useI18n } from '../i18n/index';

export function LanguagePicker({ onChange }: { onChange: (lang: Language) => void }) {
  const { lang, t } = useI18n();
  return (
    <div className="language-picker" role="group" aria-label={t('common.language')}>
      {languages.map((l) => (
        <button
          key={l}
          type="button"
          className={l === lang ? 'chip chip-active' : 'chip'}
          aria-pressed={l === lang}
          onClick={() => onChange(l)}
          lang={l}
        >
          {t(`common.lang.${l}`)}
        </button>
      ))}
    </div>
  );
}
