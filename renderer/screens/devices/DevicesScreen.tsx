// Coordinators: choose the scanner and the printer, print a test receipt, try a scan, and watch
// the devices' health live.
import { type FormEvent, useEffect, useState } from 'react';
import { checkBarcode } from '../../../main/contract/barcode';
import type { CallError } from '../../../main/contract/define';
import type { DeviceSettings } from '../../../main/contract/devices';
import { call } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useI18n } from '../../i18n/index';
import { useScans } from '../../scan/useScans';
import { HealthPanel } from './HealthPanel';

type Hid = { path: string; vendorId: number; productId: number; product?: string; mode: 'hid-pos' | 'keyboard' };
const bauds = [9600, 19200, 38400, 57600, 115200];

export function DevicesScreen() {
  const { t } = useI18n();
  const [settings, setSettings] = useState<DeviceSettings | null>(null);
  const [hid, setHid] = useState<Hid[]>([]);
  const [ports, setPorts] = useState<{ path: string }[]>([]);
  const [error, setError] = useState<CallError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [scan, setScan] = useState('');
  useEffect(() => {
    void call('devices:get-settings', {}).then((r) => (r.ok ? setSettings(r.value) : setError(r.error)));
    void call('devices:list-hid', {}).then((r) => r.ok && setHid(r.value));
    void call('devices:list-serial-ports', {}).then((r) => r.ok && setPorts(r.value));
  }, []);
  // Scanner reads and wedge scans (focus outside the fields) land in the test field.
  useScans((read) => setScan(read.code));
  if (!settings) return <ErrorMessage error={error} />;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const result = await call('devices:save-settings', settings);
    setError(result.ok ? null : result.error);
    setDone(result.ok ? t('devices.saved') : null);
  };
  const testPrint = async () => {
    const result = await call('devices:test-print', {});
    setError(result.ok ? null : result.error);
    setDone(result.ok ? t('devices.testPrintQueued') : null);
  };
  const printer = settings.printer;
  const scanner = settings.scanner;
  const scannerKey = scanner.kind === 'hid' ? `${scanner.vendorId}:${scanner.productId}:${scanner.path ?? ''}` : '';
  const verdict = scan ? checkBarcode(scan) : null;
  const looksGs1 = /^\d{8}$|^\d{12,13}$/.test(scan);

  return (
    <div className="two-columns devices">
      <section aria-labelledby="devices-title" className="devices-card">
        <h2 id="devices-title">{t('devices.settingsTitle')}</h2>
        <form className="form" onSubmit={save}>
          <label htmlFor="printer-kind">{t('devices.printer')}</label>
          <select
            id="printer-kind"
            className="input"
            value={printer.kind}
            onChange={(e) => {
              const kind = e.target.value;
              const next: DeviceSettings['printer'] =
                kind === 'serial'
                  ? { kind, path: ports[0]?.path ?? '/dev/ttyUSB0', baudRate: 9600 }
                  : kind === 'tcp'
                    ? { kind, host: '', port: 9100 }
                    : { kind: 'none' };
              setSettings({ ...settings, printer: next });
            }}
          >
            <option value="none">{t('devices.printer.none')}</option>
            <option value="serial">{t('devices.printer.serial')}</option>
            <option value="tcp">{t('devices.printer.tcp')}</option>
          </select>
          {printer.kind === 'serial' && (
            <>
              <label htmlFor="printer-port">{t('devices.port')}</label>
              <input
                id="printer-port"
                className="input"
                list="serial-ports"
                value={printer.path}
                onChange={(e) => setSettings({ ...settings, printer: { ...printer, path: e.target.value } })}
              />
              <datalist id="serial-ports">
                {ports.map((p) => (
                  <option key={p.path} value={p.path} />
                ))}
              </datalist>
              <label htmlFor="printer-baud">{t('devices.baud')}</label>
              <select
                id="printer-baud"
                className="input"
                value={printer.baudRate}
                onChange={(e) =>
                  setSettings({ ...settings, printer: { ...printer, baudRate: Number(e.target.value) } })
                }
              >
                {bauds.map((b) => (
                  <option key={b} value={b}>
                    {b}
                  </option>
                ))}
              </select>
            </>
          )}
          {printer.kind === 'tcp' && (
            <>
              <label htmlFor="printer-host">{t('devices.host')}</label>
              <input
                id="printer-host"
                className="input"
                value={printer.host}
                onChange={(e) => setSettings({ ...settings, printer: { ...printer, host: e.target.value } })}
              />
            </>
          )}
          <label htmlFor="printer-columns">{t('devices.columns')}</label>
          <select
            id="printer-columns"
            className="input"
            value={settings.columns}
            onChange={(e) => setSettings({ ...settings, columns: e.target.value === '32' ? 32 : 48 })}
          >
            <option value="48">48</option>
            <option value="32">32</option>
          </select>
          <label htmlFor="printer-codepage">{t('devices.codePage')}</label>
          <select
            id="printer-codepage"
            className="input"
            value={settings.codePage}
            onChange={(e) => setSettings({ ...settings, codePage: e.target.value === 'wpc1252' ? 'wpc1252' : 'cp858' })}
          >
            <option value="cp858">CP858</option>
            <option value="wpc1252">WPC1252</option>
          </select>
          <label htmlFor="scanner-device">{t('devices.scanner')}</label>
          <select
            id="scanner-device"
            className="input"
            value={scannerKey}
            onChange={(e) => {
              const d = hid.find((h) => `${h.vendorId}:${h.productId}:${h.path}` === e.target.value);
              setSettings({
                ...settings,
                scanner: d
                  ? {
                      kind: 'hid',
                      vendorId: d.vendorId,
                      productId: d.productId,
                      path: d.path,
                      mode: d.mode,
                      layout: 'us',
                      terminator: 'enter',
                    }
                  : { kind: 'none' },
              });
            }}
          >
            <option value="">{t('devices.scanner.none')}</option>
            {scanner.kind === 'hid' && !hid.some((h) => `${h.vendorId}:${h.productId}:${h.path}` === scannerKey) && (
              <option value={scannerKey}>{scannerKey}</option>
            )}
            {hid.map((h) => (
              <option key={h.path} value={`${h.vendorId}:${h.productId}:${h.path}`}>
                {h.product ?? h.path} ({h.mode})
              </option>
            ))}
          </select>
          {scanner.kind === 'hid' && scanner.mode === 'keyboard' && (
            <>
              <label htmlFor="scanner-layout">{t('devices.layout')}</label>
              <select
                id="scanner-layout"
                className="input"
                value={scanner.layout}
                onChange={(e) => {
                  const layout = e.target.value === 'be' ? 'be' : e.target.value === 'fr' ? 'fr' : 'us';
                  setSettings({ ...settings, scanner: { ...scanner, layout } });
                }}
              >
                <option value="us">{t('devices.layout.us')}</option>
                <option value="be">{t('devices.layout.be')}</option>
                <option value="fr">{t('devices.layout.fr')}</option>
              </select>
            </>
          )}
          <button type="submit" className="button button-primary">
            {t('devices.save')}
          </button>
        </form>
        <button type="button" className="button" onClick={testPrint}>
          {t('devices.testPrint')}
        </button>
        <label htmlFor="test-scan">{t('devices.testScan')}</label>
        <input
          id="test-scan"
          className="input"
          placeholder={t('devices.testScanHint')}
          value={scan}
          onChange={(e) => setScan(e.target.value.trim())}
        />
        {scan && (
          <p className={`message ${looksGs1 && !verdict?.ok ? 'message-warn' : 'message-ok'}`}>
            {looksGs1 && !verdict?.ok
              ? t('devices.scanBad')
              : t(looksGs1 ? 'devices.scanOk' : 'devices.scanOther', { code: scan })}
          </p>
        )}
        {done && <p className="message message-ok">{done}</p>}
        <ErrorMessage error={error} />
      </section>
      <HealthPanel />
    </div>
  );
}
