import { type Language, languages } from '../../main/contract/money';
import { useI18n } from '../i18n/index';

/** `compact`: the top bar shows NL / FR / EN (the full name is read out after it) to leave the title room. */
export function LanguagePicker({
  onChange,
  compact = false,
}: {
  onChange: (lang: Language) => void;
  compact?: boolean;
}) {
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
          {...(compact ? { title: t(`common.lang.${l}`) } : {})}
        >
          {compact ? (
            <>
              {l.toUpperCase()}
              <span className="visually-hidden"> {t(`common.lang.${l}`)}</span>
            </>
          ) : (
            t(`common.lang.${l}`)
          )}
        </button>
      ))}
    </div>
  );
}
