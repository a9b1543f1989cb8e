import type { DuplicateCandidate } from '../../../main/contract/households';
import { useI18n } from '../../i18n/index';
import { displayDate } from './Field';

/** People who may already be enrolled: open that file, or confirm a different person (audited). */
export function DuplicateWarning({
  duplicates,
  onOpen,
  onDifferent,
}: {
  duplicates: readonly DuplicateCandidate[];
  onOpen: (householdId: number) => void;
  onDifferent: (householdId: number) => void;
}) {
  const { t } = useI18n();
  if (duplicates.length === 0) return null;
  return (
    <div className="hh-duplicates message message-warn" role="alert">
      <h3>{t('households.duplicateTitle')}</h3>
      {duplicates.map((d) => (
        <div key={`${d.householdId}-${d.formIndex}`} className="hh-duplicate">
          <p>
            {t('households.duplicateText', { name: `${d.firstName} ${d.lastName}`, date: displayDate(d.dateOfBirth) })}
          </p>
          <button type="button" className="button" onClick={() => onOpen(d.householdId)}>
            {t('households.openFile')}
          </button>
          <button type="button" className="button" onClick={() => onDifferent(d.householdId)}>
            {t('households.differentPerson')}
          </button>
        </div>
      ))}
    </div>
  );
}
