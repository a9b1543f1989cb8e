// Coordinators see on every screen when backups are not being made: the chosen folder (a USB stick)
// is not there, or the last backup failed. A failed backup must not wait until someone happens to
// open the backups screen.
import { useCallback, useEffect, useState } from 'react';
import type { BackupStatus } from '../../main/contract/trust';
import { call, onEvent } from '../api/client';
import { useI18n } from '../i18n/index';
import { navigate } from '../router';

export function backupTrouble(status: BackupStatus): 'folder' | 'failed' | null {
  if (!status.folder) return null; // none chosen yet: said on the backups screen itself
  if (status.folderProblem) return 'folder';
  const last = status.recent.find((r) => r.kind !== 'pre-migration');
  return last && !last.ok ? 'failed' : null;
}

export function BackupWarning() {
  const { t } = useI18n();
  const [trouble, setTrouble] = useState<'folder' | 'failed' | null>(null);
  const load = useCallback(async () => {
    const result = await call('backup:get-status', {});
    if (result.ok) setTrouble(backupTrouble(result.value));
  }, []);
  useEffect(() => void load(), [load]);
  useEffect(() => onEvent('backup:result', () => void load()), [load]);
  if (!trouble) return null;
  return (
    <div className="message message-error backup-warning" role="alert">
      <span>{t(trouble === 'folder' ? 'trust.backup.warnFolder' : 'trust.backup.warnFailed')}</span>
      <button type="button" className="button" onClick={() => navigate('/backups')}>
        {t('trust.backup.warnOpen')}
      </button>
    </div>
  );
}
