import { type FormEvent, useState } from 'react';
import type { CallError, FieldError, Role } from '../../../main/contract/define';
import type { ChannelOutput } from '../../../main/contract/index';
import type { Language } from '../../../main/contract/money';
import { call } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LanguageSelect } from '../../components/LanguageSelect';
import { PinInput } from '../../components/PinInput';
import { type MessageKey, useI18n } from '../../i18n/index';
import { RoleChecks } from './RoleChecks';

type UserRow = ChannelOutput<'users:list-users'>[number];
type Section = 'details' | 'pin' | 'access';
type Done = { key: MessageKey; name: string; section: Section } | null;

const fieldCodes = ['taken', 'last-coordinator', 'self-deactivate'] as const;

/** A field-level refusal under its control, translated; unknown codes read as "not valid". */
function FieldMessage({ id, fields, path }: { id: string; fields: readonly FieldError[]; path: string }) {
  const { t } = useI18n();
  const error = fields.find((f) => f.path === path);
  if (!error) return null;
  const known = fieldCodes.find((c) => c === error.code);
  return (
    <span id={id} className="hh-field-error" role="alert">
      {t(known ? `users.field.${known}` : 'users.field.invalid')}
    </span>
  );
}

/** A coordinator changes one user: details, a new PIN they pass on, and access to the till. */
export function UserEditPanel({
  user,
  onChanged,
  onClose,
}: {
  user: UserRow;
  onChanged: () => Promise<void>;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [name, setName] = useState(user.name);
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const [language, setLanguage] = useState<Language>(user.language);
  const [badge, setBadge] = useState('');
  const [removeBadge, setRemoveBadge] = useState(false);
  const [pin, setPin] = useState('');
  const [fields, setFields] = useState<FieldError[]>([]);
  const [error, setError] = useState<CallError | null>(null);
  const [done, setDone] = useState<Done>(null);

  const refused = (e: CallError) => {
    setDone(null);
    setFields(e.fields ?? []);
    setError(e.fields?.length ? null : e);
  };
  const succeeded = async (key: MessageKey, who: string, section: Section) => {
    setFields([]);
    setError(null);
    setDone({ key, name: who, section });
    await onChanged();
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const result = await call('users:update-user', {
      userId: user.id,
      name,
      roles,
      language,
      ...(removeBadge ? { badge: null } : badge.trim() ? { badge: badge.trim() } : {}),
    });
    if (!result.ok) return refused(result.error);
    setBadge('');
    setRemoveBadge(false);
    await succeeded('users.updated', name, 'details');
  };
  const savePin = async (event: FormEvent) => {
    event.preventDefault();
    const result = await call('users:set-pin', { userId: user.id, pin });
    if (!result.ok) return refused(result.error);
    setPin('');
    await succeeded('users.pin-set', user.name, 'pin');
  };
  const toggleActive = async () => {
    const result = await call('users:set-active', { userId: user.id, active: !user.active });
    if (!result.ok) return refused(result.error);
    await succeeded(user.active ? 'users.deactivated' : 'users.reactivated', user.name, 'access');
  };
  // The confirmation shows next to the button that was pressed, where the eye already is.
  const status = (section: Section) =>
    done?.section === section && (
      <p className="message message-ok" role="status">
        {t(done.key, { name: done.name })}
      </p>
    );
  const invalid = (path: string) => fields.some((f) => f.path === path);

  return (
    <section aria-labelledby="users-edit" className="users-edit">
      <h2 id="users-edit">{t('users.edit-title', { name: user.name })}</h2>
      <ErrorMessage error={error} />
      <form className="form" onSubmit={save}>
        <label htmlFor="edit-name">{t('users.name')}</label>
        <input
          id="edit-name"
          className={invalid('name') ? 'input input-invalid' : 'input'}
          value={name}
          onChange={(e) => setName(e.target.value)}
          required
          maxLength={80}
        />
        <FieldMessage id="edit-name-error" fields={fields} path="name" />
        <RoleChecks roles={roles} onChange={setRoles} describedBy={invalid('roles') ? 'edit-roles-error' : undefined}>
          <FieldMessage id="edit-roles-error" fields={fields} path="roles" />
        </RoleChecks>
        <label htmlFor="edit-lang">{t('users.language')}</label>
        <LanguageSelect id="edit-lang" value={language} onChange={setLanguage} />
        <p className="muted">{t(user.hasBadge ? 'users.has-badge' : 'users.no-badge')}</p>
        <label htmlFor="edit-badge">{t('users.new-badge')}</label>
        <input
          id="edit-badge"
          className={invalid('badge') ? 'input input-invalid' : 'input'}
          value={badge}
          disabled={removeBadge}
          onChange={(e) => setBadge(e.target.value)}
          maxLength={64}
          aria-describedby={invalid('badge') ? 'edit-badge-error' : undefined}
        />
        <FieldMessage id="edit-badge-error" fields={fields} path="badge" />
        {user.hasBadge && (
          <label className="check">
            <input type="checkbox" checked={removeBadge} onChange={(e) => setRemoveBadge(e.target.checked)} />
            {t('users.remove-badge')}
          </label>
        )}
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={roles.length === 0}>
            {t('common.save')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
      {status('details')}
      <h3>{t('users.pin-title')}</h3>
      <form className="form" onSubmit={savePin}>
        <label htmlFor="edit-pin">{t('users.new-pin')}</label>
        <PinInput
          id="edit-pin"
          masked={false}
          className={invalid('pin') ? 'input input-invalid' : 'input'}
          value={pin}
          onChange={setPin}
          minLength={4}
          required
        />
        <FieldMessage id="edit-pin-error" fields={fields} path="pin" />
        <button type="submit" className="button">
          {t('users.set-pin')}
        </button>
      </form>
      {status('pin')}
      <h3>{t('users.access-title')}</h3>
      <p>{t(user.active ? 'users.active-hint' : 'users.inactive-hint', { name: user.name })}</p>
      <FieldMessage id="edit-active-error" fields={fields} path="active" />
      <button
        type="button"
        className={user.active ? 'button button-danger' : 'button'}
        onClick={() => void toggleActive()}
      >
        {t(user.active ? 'users.deactivate' : 'users.reactivate', { name: user.name })}
      </button>
      {status('access')}
    </section>
  );
}
