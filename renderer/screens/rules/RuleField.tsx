import type { ReactNode } from 'react';
import type { FieldError } from '../../../main/contract/define';
import { type MessageKey, useI18n } from '../../i18n/index';

/** A labelled control with its field-level message (translated by refusal code) underneath. */
export function RuleField(props: {
  id: string;
  label: MessageKey;
  path: string;
  errors: readonly FieldError[];
  children: (invalid: { className: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
}) {
  const { t } = useI18n();
  const error = props.errors.find((e) => e.path === props.path);
  const known = error ? (`rules.field.${error.code}` as MessageKey) : null;
  return (
    <div className="rules-field">
      <label htmlFor={props.id}>{t(props.label)}</label>
      {props.children({
        className: error ? 'input input-invalid' : 'input',
        describedBy: error ? `${props.id}-error` : undefined,
        invalid: error !== undefined,
      })}
      {error && known && (
        <span id={`${props.id}-error`} className="hh-field-error" role="alert">
          {t(known) === known ? t('rules.field.invalid_format') : t(known)}
        </span>
      )}
    </div>
  );
}
