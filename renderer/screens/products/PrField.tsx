import type { ReactNode } from 'react';
import type { FieldError } from '../../../main/contract/define';
import { type MessageKey, useI18n } from '../../i18n/index';

/** A labelled control with its field-level message (translated by code) underneath. */
export function PrField(props: {
  id: string;
  label: MessageKey;
  errors: readonly FieldError[];
  path: string;
  children: (invalid: { className: string; 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode;
}) {
  const { t } = useI18n();
  const error = props.errors.find((e) => e.path === props.path);
  return (
    <div className="hh-field">
      <label htmlFor={props.id}>{t(props.label)}</label>
      {props.children(
        error
          ? { className: 'input input-invalid', 'aria-invalid': true, 'aria-describedby': `${props.id}-error` }
          : { className: 'input' },
      )}
      {error && (
        <span id={`${props.id}-error`} className="hh-field-error" role="alert">
          {t(`products.field.${error.code}` as MessageKey)}
        </span>
      )}
    </div>
  );
}
