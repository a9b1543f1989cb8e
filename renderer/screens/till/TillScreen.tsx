// The cashier's screen. The cart lives in the main process: every action sends one call and shows
// the view it returns. One scan field takes cards and products (scanner: digits + Enter).
import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { CallError } from '../../../main/contract/define';
import { formatMoney } from '../../../main/contract/money';
import type { TillView, ZReport } from '../../../main/contract/till';
import { call, onEvent } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { HealthBadge } from '../../components/HealthBadge';
import { dateTimeText } from '../../dates';
import { useI18n } from '../../i18n/index';
import { classifyRead, type ScanRead } from '../../scan/read';
import { useScans } from '../../scan/useScans';
import { useSession } from '../../session';
import { playScanAgain, playTillSound } from '../../sounds';
import { LastSale } from './LastSale';
import { OverridePanel } from './OverridePanel';
import { PayPanel } from './PayPanel';
import { ProxyChoice } from './ProxyChoice';
import { QuickKeys } from './QuickKeys';
import { ReturnPanel } from './ReturnPanel';
import { statusText } from './refusal-text';
import { type Added, SearchPanel } from './SearchPanel';
import { ShiftPanel } from './ShiftPanel';
import { TillLines } from './TillLines';
import { useScanField } from './useScanField';
import { ZSummary } from './ZSummary';

export function TillScreen() {
  const { t, lang } = useI18n();
  const { user, timeZone } = useSession();
  const [view, setView] = useState<TillView | null>(null);
  const [error, setError] = useState<CallError | null>(null);
  const [paying, setPaying] = useState(false);
  const [closing, setClosing] = useState(false);
  const [report, setReport] = useState<ZReport | null>(null);
  const [flash, setFlash] = useState<'good' | 'refused' | null>(null);
  const [panel, setPanel] = useState<'none' | 'search' | 'return'>('none');
  const [badRead, setBadRead] = useState(false);
  const field = useScanField();
  const linesBox = useRef<HTMLDivElement>(null);
  // The line the last scan added or changed: marked, and scrolled into view in the lines box.
  const [lastLineId, setLastLineId] = useState<number | null>(null);
  const shownView = useRef(view);
  shownView.current = view;
  const money = (c: number) => formatMoney(c, lang);

  // USB scanner reads (and wedge reads while no field has focus) go where a typed code goes.
  useScans((read) => void submit(read.kind, read.code), Boolean(view?.shift) && !paying && panel === 'none');

  const load = useCallback(async () => {
    const r = await call('till:get-state', {});
    if (r.ok) setView(r.value);
  }, []);
  // Product names and the budget formula come from the main process in the volunteer's language:
  // fetch the view again when the language changes.
  // biome-ignore lint/correctness/useExhaustiveDependencies: lang is the trigger, not an input of load
  useEffect(() => void load(), [load, lang]);
  // The printer's queue changes without a call from this screen (a receipt printed or skipped).
  useEffect(
    () =>
      onEvent('printer:status', ({ waitingJobs }) =>
        setView((current) => (current ? { ...current, pendingReceipts: waitingJobs } : current)),
      ),
    [],
  );
  // The scan field keeps focus after each action so a scanner can always type into it.
  useEffect(() => {
    if (view && !paying && panel === 'none') field.focus();
  }, [view, paying, panel, field]);
  // Cancelled or parked: nothing left to pay, so the pay panel goes too.
  const nothingToPay = (view?.lines.length ?? 0) === 0;
  useEffect(() => {
    if (nothingToPay) setPaying(false);
  }, [nothingToPay]);

  const act = async (run: () => ReturnType<typeof call<'till:get-state'>>) => {
    const r = await run();
    if (!r.ok) return setError(r.error);
    setError(null);
    setBadRead(false);
    setView(r.value);
  };

  const setQuantity = async (lineId: number, quantity: number) => {
    const r = await call('till:set-quantity', { lineId, quantity });
    if (!r.ok) return setError(r.error);
    shown(r.value);
  };

  const scan = (event: FormEvent) => {
    event.preventDefault();
    const value = field.send();
    if (!value) return;
    const { kind } = classifyRead(value.replace(/^\d{1,3}\*/, ''), 'wedge');
    if (kind === 'bad-read') playScanAgain(); // useScans plays it for the reads it delivers
    void submit(kind, value).finally(() => field.answered(value));
  };

  // Typed, wedge and USB scanner reads all end here. A GS1 code whose check digit fails is a bad read:
  // "scan again" with its own sound, and no lookup (it is not an unknown product).
  const submit = async (kind: ScanRead['kind'], value: string) => {
    setBadRead(kind === 'bad-read');
    if (kind === 'bad-read') {
      setFlash('refused');
      return setError(null);
    }
    const isCard = value.startsWith('04') && value.length === 13 && (view?.lines.length ?? 0) === 0;
    if (isCard) {
      // A refused card (expired, suspended, no appointment the shop would take) looks and sounds refused.
      const r = await call('till:scan-card', { code: value });
      if (!r.ok) {
        setFlash('refused');
        playTillSound('refused');
        return setError(r.error);
      }
      setError(null);
      setView(r.value);
      return;
    }
    // "3*code" (typed before the scan) takes three of the same item in one line.
    const times = /^(\d{1,3})\*(.+)$/.exec(value);
    const r = await call(
      'till:scan-product',
      times?.[1] && times[2] ? { code: times[2], quantity: Number(times[1]) } : { code: value },
    );
    if (!r.ok) {
      setFlash('refused');
      playTillSound('refused');
      return setError(r.error);
    }
    shown(r.value);
  };

  // A product line was asked for (scan, search or quick key): show it, and flash and sound the outcome.
  // The line is committed to the DOM in the task that received the answer (flushSync), not in a
  // later scheduler task, so it makes the next frame; then it is scrolled into view and sounded.
  const shown = (r: Added) => {
    // Against the view on screen now, not the one this call started from (two quick taps).
    const changed = r.view.lines.find((line) => {
      const before = shownView.current?.lines.find((b) => b.id === line.id);
      return !before || before.quantity !== line.quantity;
    });
    flushSync(() => {
      setError(null);
      setView(r.view);
      setLastLineId(changed?.id ?? null);
      setFlash(r.added ? 'good' : 'refused');
    });
    // In the next frame, before its layout: scrolling now would force a layout of its own.
    requestAnimationFrame(() =>
      linesBox.current?.querySelector('.till-line-last')?.scrollIntoView({ block: 'nearest' }),
    );
    playTillSound(r.added ? 'good' : 'refused');
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'F2') {
        e.preventDefault();
        setPanel('search');
      } else if (e.key === 'F9') {
        e.preventDefault();
        setPanel('return');
      } else if (e.key === 'Escape' && panel !== 'none') {
        setPanel('none');
      } else if (e.key === 'Escape' && paying) {
        // Esc leaves the pay panel (the sale stays); a second Esc cancels the sale.
        setPaying(false);
      } else if (e.key === 'F4') {
        e.preventDefault();
        setPaying(true);
      } else if (e.key === 'F8') {
        e.preventDefault();
        void act(() => call('till:park-sale', {}));
      } else if (e.key === 'Escape' && !paying) {
        void act(() => call('till:cancel-sale', {}));
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (!view) return null;
  const banner = view.practice ? (
    <p className="till-practice" role="status">
      {t('till.practice')}
    </p>
  ) : null;
  if (report) {
    return (
      <section className="till">
        {banner}
        <h2>{t('till.closeTitle')}</h2>
        <ZSummary
          report={report}
          onNewShift={() => {
            setReport(null);
            setClosing(false);
            void load();
          }}
        />
      </section>
    );
  }
  if (!view.shift || closing) {
    return (
      <section className="till">
        {banner}
        <ShiftPanel mode={view.shift ? 'close' : 'open'} onDone={(z) => (z ? setReport(z) : void load())} />
      </section>
    );
  }
  const c = view.client;
  return (
    <section className="till till-sale" aria-label={t('home.nav.till')}>
      {banner}
      <div className="till-grid">
        <div className="till-main">
          <form onSubmit={(e) => void scan(e)} className={`till-scan ${flash ?? ''}`}>
            <label htmlFor="till-code">{c || view.lines.length > 0 ? t('till.product') : t('till.card')}</label>
            <input id="till-code" ref={field.ref} autoComplete="off" />
          </form>
          {badRead ? (
            <p className="message message-error" role="alert">
              {t('devices.scanBad')}
            </p>
          ) : null}
          <ErrorMessage error={error} />
          {view.refusal ? <OverridePanel refusal={view.refusal} onView={setView} /> : null}
          {panel === 'search' ? <SearchPanel onAdded={shown} onClose={() => setPanel('none')} /> : null}
          {panel === 'return' ? <ReturnPanel onClose={() => setPanel('none')} /> : null}
          <TillLines
            lines={view.lines}
            lastLineId={lastLineId}
            box={linesBox}
            onQuantity={(line, quantity) => void setQuantity(line.id, quantity)}
            onVoid={(line) => void act(() => call('till:void-line', { lineId: line.id }))}
          />
          <p className="till-total">{t('till.total', { amount: money(view.totalCents) })}</p>
          {view.lastSale ? <LastSale sale={view.lastSale} /> : null}
          {view.pendingReceipts > 0 ? (
            <p className="till-waiting">{t('till.receiptWaiting', { count: view.pendingReceipts })}</p>
          ) : null}
          {panel === 'none' ? (
            <QuickKeys
              amount={field.typedAmount}
              onAdded={(r) => {
                field.take();
                shown(r);
              }}
            />
          ) : null}
          <p className="till-keys">{t('till.keys')}</p>
        </div>
        <aside className="till-side">
          <HealthBadge />
          {view.shift.openedBy.id !== user.id ? (
            <p className="message message-info till-shift-other" role="note">
              {t('till.shiftOther', {
                name: view.shift.openedBy.name,
                since: dateTimeText(view.shift.openedAt, lang, timeZone),
              })}
            </p>
          ) : null}
          {c ? (
            <div className="till-client">
              <h2>
                {c.householdSize === 1
                  ? t('till.clientOne', { name: c.firstName })
                  : t('till.client', { name: c.firstName, size: c.householdSize })}
              </h2>
              {c.proxy ? <p>{t('till.proxy', { name: c.proxy.name })}</p> : null}
              {c.proxies.length > 0 ? <ProxyChoice client={c} onView={setView} onError={setError} /> : null}
              <p>{t('till.status', { status: statusText(t, c.status) })}</p>
              {view.remainingCents !== null ? (
                <p className="till-remaining">{t('till.remaining', { amount: money(view.remainingCents) })}</p>
              ) : null}
              {c.formula ? <p>{t('till.formula', { formula: c.formula })}</p> : null}
              {c.itemLimits.length > 0 ? (
                <div className="till-limits">
                  <h3>{t('till.limitsTitle')}</h3>
                  <ul>
                    {c.itemLimits.map((l) => (
                      <li key={`${l.name}|${l.period}|${l.perVisit}|${l.perPeriod}`}>
                        {l.name}:{' '}
                        {[
                          l.perVisit !== null ? t('till.limitVisit', { n: l.perVisit }) : null,
                          l.perPeriod !== null
                            ? t(l.period === 'month' ? 'till.limitMonth' : 'till.limitWeek', {
                                n: l.perPeriod,
                                used: l.usedThisPeriod,
                              })
                            : null,
                        ]
                          .filter(Boolean)
                          .join(' · ')}
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
              {c.appointment ? (
                <p>{t(c.appointment.walkIn ? 'till.walkIn' : 'till.appointment', { time: c.appointment.time })}</p>
              ) : null}
            </div>
          ) : (
            <p>{t('till.noClient')}</p>
          )}
          <button
            type="button"
            className="primary big"
            disabled={view.lines.length === 0}
            onClick={() => setPaying(true)}
          >
            {t('till.pay')}
          </button>
          <button
            type="button"
            className="big"
            onClick={() => void act(() => call(view.parked ? 'till:resume-sale' : 'till:park-sale', {}))}
          >
            {view.parked ? t('till.resume') : t('till.park')}
          </button>
          <button type="button" className="big" onClick={() => void act(() => call('till:cancel-sale', {}))}>
            {t('till.cancel')}
          </button>
          <div className="till-side-row">
            <button type="button" className="big" onClick={() => setPanel('search')}>
              {t('till.search')}
            </button>
            <button type="button" className="big" onClick={() => setPanel('return')}>
              {t('till.returnOpen')}
            </button>
          </div>
          <button type="button" className="big" onClick={() => setClosing(true)} disabled={view.lines.length > 0}>
            {t('till.close')}
          </button>
          {paying ? (
            <PayPanel
              view={view}
              onClose={() => setPaying(false)}
              onPaid={(v) => {
                // A "not found" or "scan again" from this sale does not carry into the next one.
                setError(null);
                setBadRead(false);
                setView(v);
                setPaying(false);
              }}
            />
          ) : null}
        </aside>
      </div>
    </section>
  );
}
