// The pieces every shop setting is built from: a label, the control, a hint in plain words and, when
// the till refused the value, the reason right under it.
import type { ReactNode } from 'react';
import type { FieldError } from '../../../main/contract/define';
import { useI18n } from '../../i18n/index';
import { errorAt, type FormValues, fieldMessage, type NumberKey, rangeOf } from './shopSettingsForm';

export interface SectionProps {
  values: FormValues;
  set: (patch: Partial<FormValues>) => void;
  fields: readonly FieldError[];
}

/** The till's reason for refusing the value at `path`, read out when it appears. */
export function FieldErrorText({ id, fields, path }: { id: string; fields: readonly FieldError[]; path: string }) {
  const { t } = useI18n();
  const error = errorAt(fields, path);
  if (!error) return null;
  const message = fieldMessage(error);
  return (
    <span id={id} className="settings-error" role="alert">
      {t(message.key, message.params)}
    </span>
  );
}

/** What a control needs to be tied to its hint and its error. */
export function describedBy(id: string, invalid: boolean, hint: boolean) {
  const ids = [hint ? `${id}-hint` : '', invalid ? `${id}-error` : ''].filter((x) => x !== '').join(' ');
  return {
    id,
    'aria-invalid': invalid ? true : undefined,
    'aria-describedby': ids === '' ? undefined : ids,
  };
}

export function Field(props: {
  id: string;
  path: string;
  label: string;
  hint?: string | undefined;
  fields: readonly FieldError[];
  children: ReactNode;
}) {
  return (
    <div className="settings-field">
      <label htmlFor={props.id}>{props.label}</label>
      {props.children}
      {props.hint && (
        <span id={`${props.id}-hint`} className="muted settings-hint">
          {props.hint}
        </span>
      )}
      <FieldErrorText id={`${props.id}-error`} fields={props.fields} path={props.path} />
    </div>
  );
}

/** A whole number setting, with the range the till accepts as the field's own limits. */
export function NumberField({ name, hint, ...props }: SectionProps & { name: NumberKey; hint?: string }) {
  const { t } = useI18n();
  const id = `setting-${name}`;
  const invalid = errorAt(props.fields, name) !== undefined;
  const { min, max } = rangeOf(name);
  return (
    <Field id={id} path={name} label={t(`shopSettings.field.${name}`)} hint={hint} fields={props.fields}>
      <input
        {...describedBy(id, invalid, hint !== undefined)}
        className={invalid ? 'input input-invalid settings-number' : 'input settings-number'}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={props.values[name]}
        onChange={(e) => props.set({ [name]: e.target.value })}
      />
    </Field>
  );
}
