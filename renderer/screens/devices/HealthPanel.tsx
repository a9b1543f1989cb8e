// Live health: scanner, printer, receipts waiting with retry/skip; in simulated mode, buttons that
// make the fake printer fail the way real ones do (for practice and demonstrations).
import { useState } from 'react';
import type { CallError } from '../../../main/contract/define';
import { printerFaults } from '../../../main/contract/devices';
import { call } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { printerMessage, scannerMessage, useDeviceHealth } from '../../components/HealthBadge';
import { WaitingJobs } from '../../components/WaitingJobs';
import { useI18n } from '../../i18n/index';

export function HealthPanel() {
  const { t } = useI18n();
  const [health, reload] = useDeviceHealth();
  const [error, setError] = useState<CallError | null>(null);

  const act = async (result: Promise<{ ok: true } | { ok: false; error: CallError }>) => {
    const r = await result;
    setError(r.ok ? null : r.error);
    await reload();
  };

  if (!health) return null;
  const printer = printerMessage(health);
  const scanner = scannerMessage(health);
  return (
    <section aria-labelledby="health-title" className="devices-card" data-testid="health-panel">
      <h2 id="health-title">{t('devices.healthTitle')}</h2>
      {health.simulated && <p className="message message-info">{t('devices.simulated')}</p>}
      <ul className="health-list">
        <li className={scanner.ok ? 'ok' : 'bad'}>{t(scanner.key)}</li>
        <li className={printer.ok ? 'ok' : 'bad'} data-testid="printer-health">
          {t(printer.key)}
        </li>
        <li className={health.waitingJobs === 0 ? 'ok' : 'bad'} data-testid="waiting-health">
          {health.waitingJobs === 0 ? t('devices.waitingNone') : t('devices.waiting', { count: health.waitingJobs })}
        </li>
      </ul>
      <WaitingJobs onChanged={() => void reload()} />
      {health.simulated && (
        <fieldset className="fieldset simulate">
          <legend>{t('devices.simulate')}</legend>
          {printerFaults.map((fault) => (
            <button
              key={fault}
              type="button"
              className="button"
              onClick={() => act(call('devices:simulate-printer-fault', { fault }))}
            >
              {t(`devices.fault.${fault}`)}
            </button>
          ))}
        </fieldset>
      )}
      <ErrorMessage error={error} />
    </section>
  );
}
