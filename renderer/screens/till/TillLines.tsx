// The sale's lines: quantity, name, amount, and per line − / + (pieces) and remove, each a 44 px
// touch target reachable by Tab. The box scrolls; the page does not. Rows are memoised: a scan
// re-renders only the line it added or changed, so the controls add no work on the scan path.
import { memo, type RefObject, useCallback, useRef } from 'react';
import { formatMoney } from '../../../main/contract/money';
import type { TillView } from '../../../main/contract/till';
import { useI18n } from '../../i18n/index';
import { lineQuantityText } from './quantity-text';

type Line = TillView['lines'][number];
type Handlers = { onQuantity: (line: Line, quantity: number) => void; onVoid: (line: Line) => void };

export function TillLines({
  lines,
  lastLineId,
  box,
  ...handlers
}: { lines: Line[]; lastLineId: number | null; box: RefObject<HTMLDivElement | null> } & Handlers) {
  // Stable callbacks for the memoised rows; they call the screen's latest handlers.
  const latest = useRef(handlers);
  latest.current = handlers;
  const onQuantity = useCallback((line: Line, quantity: number) => latest.current.onQuantity(line, quantity), []);
  const onVoid = useCallback((line: Line) => latest.current.onVoid(line), []);
  return (
    <div className="till-lines-box" ref={box}>
      <table className="table till-lines">
        <tbody>
          {lines.map((l) => (
            <LineRow key={l.id} line={l} last={l.id === lastLineId} onQuantity={onQuantity} onVoid={onVoid} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

type RowProps = { line: Line; last: boolean } & Handlers;

// Each view arrives as new objects: equal when every field of the line is.
const sameRow = (a: RowProps, b: RowProps) =>
  a.last === b.last &&
  a.onQuantity === b.onQuantity &&
  a.onVoid === b.onVoid &&
  (Object.keys(a.line) as (keyof Line)[]).every((k) => a.line[k] === b.line[k]);

const LineRow = memo(function LineRow({ line: l, last, onQuantity, onVoid }: RowProps) {
  const { t, lang } = useI18n();
  return (
    <tr className={`${l.overridden ? 'overridden' : ''} ${last ? 'till-line-last' : ''}`}>
      <td className="till-qty">{lineQuantityText(l, lang)}</td>
      <td>{l.name}</td>
      <td className="num">{formatMoney(l.amountCents, lang)}</td>
      <td className="till-line-actions">
        {/* A weight comes from the scale or the label, so only pieces get − and +. */}
        {l.unit === 'piece' ? (
          <>
            <button
              type="button"
              className="till-qty-btn"
              aria-label={t('till.qtyLess', { name: l.name })}
              disabled={l.quantity <= 1}
              onClick={() => onQuantity(l, l.quantity - 1)}
            >
              −
            </button>
            <button
              type="button"
              className="till-qty-btn"
              aria-label={t('till.qtyMore', { name: l.name })}
              onClick={() => onQuantity(l, l.quantity + 1)}
            >
              +
            </button>
          </>
        ) : null}
        <button type="button" onClick={() => onVoid(l)}>
          {t('till.void')}
        </button>
      </td>
    </tr>
  );
}, sameRow);
