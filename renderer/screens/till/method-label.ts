import type { TillView } from '../../../main/contract/till';
import type { MessageKey } from '../../i18n/index';

type Method = TillView['paymentMethods'][number];

/** A payment method's translated name ("card" is the Bancontact terminal). */
export function methodLabel(t: (key: MessageKey) => string, m: Method): string {
  switch (m) {
    case 'cash':
      return t('till.cash');
    case 'card':
      return t('till.card_');
    case 'voucher':
      return t('till.voucher');
    case 'account':
      return t('till.account');
    default: {
      const unexpected: never = m;
      return String(unexpected);
    }
  }
}
