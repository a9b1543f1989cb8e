import { type Language, languages } from '../../main/contract/money';
import { useI18n } from '../i18n/index';

/** A person's language (a user's screens, a household's receipts and letters), as a labelled field. */
export function LanguageSelect({
  id,
  value,
  onChange,
  describedBy,
}: {
  id: string;
  value: Language;
  onChange: (lang: Language) => void;
  /** The ids of a hint or error shown with the field. */
  describedBy?: string | undefined;
}) {
  const { t } = useI18n();
  return (
    <select
      id={id}
      aria-describedby={describedBy}
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
