import { BackupPanel } from './BackupPanel';
import { PrivacyPanel } from './PrivacyPanel';

/** Coordinators: backups and the file check on the left, retention and data export on the right. */
export function BackupsScreen() {
  return (
    <div className="two-columns trust">
      <BackupPanel />
      <PrivacyPanel />
    </div>
  );
}
