import type { FieldError } from '../../../main/contract/define';
import { type MessageKey, useI18n } from '../../i18n/index';

export interface BackupFormValues {
  folder: string;
  hours: string;
  passphrase: string;
  removePassphrase: boolean;
}

/** A field's message under it, translated by path and code (the server says which field and why). */
function FieldMessage({ id, path, fields }: { id: string; path: string; fields: readonly FieldError[] }) {
  const { t } = useI18n();
  const error = fields.find((f) => f.path === path);
  if (!error) return null;
  // The folder's own problems have their own words; any other refusal of a field (a relative path,
  // 0 hours, a short passphrase) says what the field needs.
  const key: MessageKey =
    path === 'folder' &&
    (error.code === 'folder-missing' || error.code === 'not-a-folder' || error.code === 'folder-not-writable')
      ? `trust.backup.field.${error.code}`
      : path === 'folder'
        ? 'trust.backup.field.folder'
        : path === 'intervalHours'
          ? 'trust.backup.field.intervalHours'
          : 'trust.backup.field.passphrase';
  return (
    <span id={id} className="trust-field-error" role="alert">
      {t(key)}
    </span>
  );
}

/** Where backups go, how often, and the passphrase. Checked by the till, not the browser, so every refusal is in words. */
export function BackupForm(props: {
  values: BackupFormValues;
  onChange: (values: BackupFormValues) => void;
  onSubmit: () => void;
  fields: readonly FieldError[];
  encrypted: boolean;
  busy: boolean;
}) {
  const { t } = useI18n();
  const { values, fields } = props;
  const set = (patch: Partial<BackupFormValues>) => props.onChange({ ...values, ...patch });
  const invalid = (path: string) => fields.some((f) => f.path === path);
  const inputProps = (path: string, id: string) => ({
    className: invalid(path) ? 'input input-invalid' : 'input',
    'aria-invalid': invalid(path) ? true : undefined,
    'aria-describedby': invalid(path) ? `${id}-error` : undefined,
  });
  return (
    <form
      className="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit();
      }}
    >
      <label htmlFor="backup-folder">{t('trust.backup.folder')}</label>
      <input
        id="backup-folder"
        {...inputProps('folder', 'backup-folder')}
        value={values.folder}
        onChange={(e) => set({ folder: e.target.value })}
      />
      <FieldMessage id="backup-folder-error" path="folder" fields={fields} />
      <label htmlFor="backup-hours">{t('trust.backup.interval')}</label>
      <input
        id="backup-hours"
        {...inputProps('intervalHours', 'backup-hours')}
        type="number"
        inputMode="numeric"
        min={1}
        max={168}
        value={values.hours}
        onChange={(e) => set({ hours: e.target.value })}
      />
      <FieldMessage id="backup-hours-error" path="intervalHours" fields={fields} />
      <label htmlFor="backup-pass">{t('trust.backup.passphrase')}</label>
      <input
        id="backup-pass"
        {...inputProps('passphrase', 'backup-pass')}
        type="password"
        autoComplete="new-password"
        value={values.passphrase}
        onChange={(e) => set({ passphrase: e.target.value })}
      />
      <FieldMessage id="backup-pass-error" path="passphrase" fields={fields} />
      {props.encrypted && (
        <label className="check">
          <input
            type="checkbox"
            checked={values.removePassphrase}
            onChange={(e) => set({ removePassphrase: e.target.checked })}
          />
          {t('trust.backup.removePassphrase')}
        </label>
      )}
      <button type="submit" className="button" disabled={props.busy}>
        {t('common.save')}
      </button>
    </form>
  );
}
