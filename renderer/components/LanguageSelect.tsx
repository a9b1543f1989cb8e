import { type Language, languages } from '../../main/contract/money';
import { useI18n } from '../i18n/index';

/** A person's language (a user's screens, a household's receipts and letters), as a labelled field. */
export function LanguageSelect({
  id,
  value,
  onChange,
}: {
  id: string;
  value: Language;
  onChange: (lang: Language) => void;
}) {
  const { t } = useI18n();
  return (
    <select
      id={id}
      className="input"
      value={value}
      onChange={(e) => onChange(languages.find((l) => l === e.target.value) ?? value)}
    >
      {languages.map((l) => (
        <option key={l} value={l}>
          {t(`common.lang.${l}`)}
        </option>
      ))}
    </select>
  );
}
