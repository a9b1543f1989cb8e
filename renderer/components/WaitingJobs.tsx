// Receipts the printer has not printed yet, each with retry and skip: on the device screen and,
// opened from the health badge, on the till, so the cashier can deal with them mid-shift.
// The worker's own failure text is English and technical; the printer's state is shown translated
// next to this list instead.
import { useCallback, useEffect, useState } from 'react';
import type { CallError } from '../../main/contract/define';
import type { WaitingJob } from '../../main/contract/devices';
import { call, onEvent } from '../api/client';
import { useI18n } from '../i18n/index';
import { ErrorMessage } from './ErrorMessage';

export function WaitingJobs({ onChanged }: { onChanged?: () => void }) {
  const { t } = useI18n();
  const [jobs, setJobs] = useState<WaitingJob[]>([]);
  const [error, setError] = useState<CallError | null>(null);
  const load = useCallback(async () => {
    const result = await call('print:list-waiting', {});
    if (result.ok) setJobs(result.value);
  }, []);
  useEffect(() => void load(), [load]);
  useEffect(() => onEvent('printer:status', () => void load()), [load]);

  const act = async (channel: 'print:retry-job' | 'print:skip-job', jobId: number) => {
    const result = await call(channel, { jobId });
    setError(result.ok ? null : result.error);
    await load();
    onChanged?.();
  };

  if (jobs.length === 0) return <ErrorMessage error={error} />;
  return (
    <>
      <ul className="waiting-jobs" data-testid="waiting-jobs">
        {jobs.map((job) => (
          <li key={job.id}>
            <span>
              {/* A sale's receipt by its sale number (what the cashier knows), other jobs by their id. */}
              {job.saleNumber !== null
                ? t('devices.receiptOfSale', { number: job.saleNumber })
                : `${t(`devices.kind.${job.kind}`)} #${job.id}`}
              {job.isCopy ? ` (${t('devices.copy')})` : ''}
            </span>
            <button type="button" className="button" onClick={() => void act('print:retry-job', job.id)}>
              {t('devices.retry')}
            </button>
            <button type="button" className="button button-ghost" onClick={() => void act('print:skip-job', job.id)}>
              {t('devices.skip')}
            </button>
          </li>
        ))}
      </ul>
      <ErrorMessage error={error} />
    </>
  );
}
