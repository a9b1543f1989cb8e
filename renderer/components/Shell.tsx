import { type ReactNode, useEffect, useState } from 'react';
import { onEvent } from '../api/client';
import { useI18n } from '../i18n/index';
import { navigate } from '../router';
import { hasRole, useSession } from '../session';
import { BackupWarning } from './BackupWarning';
import { LanguagePicker } from './LanguagePicker';

/** The frame around every signed-in screen: where you are, who you are, the way home and out. */
export function Shell({ title, children, practice }: { title: string; children: ReactNode; practice: boolean }) {
  const { t } = useI18n();
  const { user, signOut, setLanguage } = useSession();
  const [fileFault, setFileFault] = useState(false);
  // A failed background check of the till file is shown on every screen, with what to do.
  useEffect(() => onEvent('integrity:status', (status) => setFileFault(status.state === 'failed')), []);
  return (
    <div className="shell">
      {practice && <div className="practice-banner">{t('common.practiceMode')}</div>}
      {fileFault && (
        <div className="message message-error" role="alert">
          {t('trust.integrity.failed')} {t('trust.integrity.todo')}
        </div>
      )}
      {hasRole(user, ['coordinator']) && <BackupWarning />}
      <header className="topbar">
        <button type="button" className="button button-ghost" onClick={() => navigate('/')}>
          {t('common.home')}
        </button>
        <h1 className="topbar-title">{title}</h1>
        <LanguagePicker onChange={setLanguage} compact />
        <span className="topbar-user">{user.name}</span>
        <button type="button" className="button button-ghost" onClick={signOut}>
          {t('common.logout')}
        </button>
      </header>
      <main className="content">{children}</main>
    </div>
  );
}
