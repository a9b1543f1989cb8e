import { useEffect, useState } from 'react';
import type { IntegrityStatus } from '../../../main/contract/trust';
import { call, onEvent } from '../../api/client';
import { dateTimeText } from '../../dates';
import { useI18n } from '../../i18n/index';
import { useSession } from '../../session';

/** The background check of the till file; a fault is shown in plain words with what to do. */
export function IntegrityPanel({ initial }: { initial: IntegrityStatus }) {
  const { t, lang } = useI18n();
  const { timeZone } = useSession();
  const [status, setStatus] = useState(initial);
  useEffect(() => onEvent('integrity:status', setStatus), []);
  const runNow = async () => {
    setStatus({ ...status, state: 'running', progress: 0 });
    const result = await call('integrity:run-now', {});
    if (result.ok) setStatus(result.value);
  };
  const percent = Math.round(status.progress * 100);
  return (
    <div className="trust-integrity">
      <h3>{t('trust.integrity.title')}</h3>
      {status.state === 'failed' ? (
        <div className="message message-error" role="alert">
          <strong>{t('trust.integrity.failed')}</strong>
          <p>{t('trust.integrity.todo')}</p>
          <p className="audit-details">{status.fault}</p>
        </div>
      ) : (
        <p className={`message ${status.state === 'ok' ? 'message-ok' : 'message-info'}`}>
          {status.state === 'ok'
            ? t('trust.integrity.ok', { at: status.checkedAt ? dateTimeText(status.checkedAt, lang, timeZone) : '' })
            : status.state === 'running'
              ? t('trust.integrity.running', { percent })
              : t('trust.integrity.not-run')}
        </p>
      )}
      <button type="button" className="button" disabled={status.state === 'running'} onClick={() => void runNow()}>
        {t('trust.integrity.runNow')}
      </button>
    </div>
  );
}
