// The sale's lines: quantity, name, amount, and per line − / + (pieces) and remove, each a 44 px
// touch target reachable by Tab. The box scrolls; the page does not.
import type { RefObject } from 'react';
import { formatMoney } from '../../../main/contract/money';
import type { TillView } from '../../../main/contract/till';
import { useI18n } from '../../i18n/index';
import { lineQuantityText } from './quantity-text';

type Line = TillView['lines'][number];

export function TillLines({
  lines,
  lastLineId,
  box,
  onQuantity,
  onVoid,
}: {
  lines: Line[];
  lastLineId: number | null;
  box: RefObject<HTMLDivElement | null>;
  onQuantity: (line: Line, quantity: number) => void;
  onVoid: (line: Line) => void;
}) {
  const { t, lang } = useI18n();
  return (
    <div className="till-lines-box" ref={box}>
      <table className="table till-lines">
        <tbody>
          {lines.map((l) => (
            <tr
              key={l.id}
              className={`${l.overridden ? 'overridden' : ''} ${l.id === lastLineId ? 'till-line-last' : ''}`}
            >
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
          ))}
        </tbody>
      </table>
    </div>
  );
}
