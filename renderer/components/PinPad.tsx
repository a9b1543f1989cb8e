import { useI18n } from '../i18n/index';

const keys = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'clear', '0', 'back'] as const;

/** Large touch keys for a PIN; the keyboard works too (the field keeps focus). */
export function PinPad({ value, onChange }: { value: string; onChange: (next: string) => void }) {
  const { t } = useI18n();
  return (
    <div className="pinpad">
      {keys.map((key) => {
        const label = key === 'clear' ? t('auth.clear') : key === 'back' ? '⌫' : key;
        const press = () => {
          if (key === 'clear') onChange('');
          else if (key === 'back') onChange(value.slice(0, -1));
          else if (value.length < 8) onChange(value + key);
        };
        return (
          <button
            key={key}
            type="button"
            className="pinpad-key"
            onClick={press}
            aria-label={key === 'back' ? t('common.back') : label}
          >
            {label}
          </button>
        );
      })}
    </div>
  );
}
