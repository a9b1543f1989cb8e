// A user's roles as one checkbox each, for creating and for editing a user.
import type { ReactNode } from 'react';
import { roles as allRoles, type Role } from '../../../main/contract/define';
import { useI18n } from '../../i18n/index';

export function RoleChecks({
  roles,
  onChange,
  describedBy,
  children,
}: {
  roles: readonly Role[];
  onChange: (roles: Role[]) => void;
  describedBy?: string | undefined;
  /** Shown inside the group, under the boxes (a field message). */
  children?: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="fieldset" aria-describedby={describedBy}>
      <legend>{t('users.roles')}</legend>
      {allRoles.map((role) => (
        <label key={role} className="check">
          <input
            type="checkbox"
            checked={roles.includes(role)}
            onChange={(e) => onChange(e.target.checked ? [...roles, role] : roles.filter((r) => r !== role))}
          />
          {t(`common.role.${role}`)}
        </label>
      ))}
      {children}
    </fieldset>
  );
}
