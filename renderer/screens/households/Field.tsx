import type { FieldError } from '../../../main/contract/define';
import { type MessageKey, useI18n } from '../../i18n/index';

/** A labelled input with its field-level message (translated by code) underneath. */
export function Field(props: {
  id: string;
  label: MessageKey;
  value: string;
  onChange: (value: string) => void;
  errors: readonly FieldError[];
  path: string;
  placeholder?: string;
  inputMode?: 'numeric' | 'tel' | 'text';
  wide?: boolean;
}) {
  const { t } = useI18n();
  const error = props.errors.find((e) => e.path === props.path);
  return (
    <div className={props.wide ? 'hh-field hh-field-wide' : 'hh-field'}>
      <label htmlFor={props.id}>{t(props.label)}</label>
      <input
        id={props.id}
        className={error ? 'input input-invalid' : 'input'}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        placeholder={props.placeholder}
        inputMode={props.inputMode}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${props.id}-error` : undefined}
      />
      {error && (
        <span id={`${props.id}-error`} className="hh-field-error" role="alert">
          {t(`households.field.${error.code}` as MessageKey)}
        </span>
      )}
    </div>
  );
}

export function displayDate(iso: string | null): string {
  if (!iso) return '–';
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

export function StatusBadge({ kind }: { kind: string }) {
  const { t } = useI18n();
  return <span className={`hh-status hh-status-${kind}`}>{t(`households.status.${kind}` as MessageKey)}</span>;
}
