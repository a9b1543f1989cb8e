// A small live indicator of printer, scanner and waiting receipts, for the till and the device
// screen. Polls once on mount, then follows the printer:status and scanner:status push events.
import { useCallback, useEffect, useState } from 'react';
import type { DeviceHealth } from '../../main/contract/devices';
import { call, onEvent } from '../api/client';
import { type MessageKey, useI18n } from '../i18n/index';
import { WaitingJobs } from './WaitingJobs';

export function useDeviceHealth(): [DeviceHealth | null, () => Promise<void>] {
  const [health, setHealth] = useState<DeviceHealth | null>(null);
  const load = useCallback(async () => {
    const result = await call('devices:get-health', {});
    if (result.ok) setHealth(result.value);
  }, []);
  useEffect(() => void load(), [load]);
  useEffect(() => onEvent('printer:status', () => void load()), [load]);
  useEffect(() => onEvent('scanner:status', () => void load()), [load]);
  return [health, load];
}

export function printerMessage(health: DeviceHealth): { key: MessageKey; ok: boolean } {
  const p = health.printer;
  if (!p.configured) return { key: 'devices.printerNone', ok: false };
  if (!p.reachable) return { key: 'devices.printerUnreachable', ok: false };
  if (p.paperOut) return { key: 'devices.printerPaperOut', ok: false };
  if (p.coverOpen) return { key: 'devices.printerCoverOpen', ok: false };
  if (!p.online) return { key: 'devices.printerOffline', ok: false };
  if (p.paperNearEnd) return { key: 'devices.printerPaperLow', ok: true };
  return { key: 'devices.printerReady', ok: true };
}

export function scannerMessage(health: DeviceHealth): { key: MessageKey; ok: boolean } {
  if (!health.scanner.configured) return { key: 'devices.scannerNone', ok: false };
  return health.scanner.connected
    ? { key: 'devices.scannerConnected', ok: true }
    : { key: 'devices.scannerDisconnected', ok: false };
}

/**
 * Compact: three dots with labels; the whole badge turns red when something needs a person. With
 * receipts waiting, the count is a button that opens them with retry and skip.
 */
export function HealthBadge() {
  const { t } = useI18n();
  const [health, reload] = useDeviceHealth();
  const [open, setOpen] = useState(false);
  if (!health) return null;
  const printer = printerMessage(health);
  const scanner = scannerMessage(health);
  const waiting = health.waitingJobs;
  // A scanner that was chosen and is gone (pulled out mid-shift) alerts; a wedge-only till does not.
  const scannerGone = health.scanner.configured && !health.scanner.connected;
  const alert = !printer.ok || waiting > 0 || scannerGone;
  return (
    <div className="health-badge-wrap">
      <output className={`health-badge ${alert ? 'health-badge-alert' : ''}`} aria-live="polite">
        <span className={`health-dot ${printer.ok ? 'ok' : 'bad'}`}>{t(printer.key)}</span>
        <span className={`health-dot ${scanner.ok ? 'ok' : 'bad'}`}>{t(scanner.key)}</span>
        {waiting === 0 ? (
          <span className="health-dot ok" data-testid="waiting-count">
            {t('devices.waitingNone')}
          </span>
        ) : (
          <button
            type="button"
            className="health-dot bad health-waiting"
            data-testid="waiting-count"
            aria-expanded={open}
            onClick={() => setOpen(!open)}
          >
            {t('devices.waiting', { count: waiting })}
          </button>
        )}
      </output>
      {open && waiting > 0 ? <WaitingJobs onChanged={() => void reload()} /> : null}
    </div>
  );
}
