import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkBarcode } from '../../../main/contract/barcode';
import {
  cardNumberForSerial,
  checkCardNumber,
  checkCardRange,
  classifyScan,
  nextCardNumber,
} from '../../../main/domain/card-number';
import { type EnrolmentPeriod, enrolmentStatus } from '../../../main/domain/enrolment-status';

const period: EnrolmentPeriod = { id: 'p1', validFrom: '2026-01-01', validUntil: '2026-06-30' };

describe('enrolmentStatus', () => {
  it.each([
    ['2025-12-31', 'not-yet-valid'],
    ['2026-01-01', 'active'],
    ['2026-06-15', 'active'],
    ['2026-06-16', 'expiring'],
    ['2026-06-30', 'expiring'],
    ['2026-07-01', 'expired'],
  ])('on %s is %s', (today, kind) => {
    expect(enrolmentStatus([period], [], today).kind).toBe(kind);
  });
  it('gives days left and honours a configured window', () => {
    expect(enrolmentStatus([period], [], '2026-06-20')).toMatchObject({ kind: 'expiring', daysLeft: 10 });
    expect(enrolmentStatus([period], [], '2026-06-20', { expiringWithinDays: 7 }).kind).toBe('active');
    expect(enrolmentStatus([], [], '2026-06-20')).toEqual({ kind: 'none' });
  });
  it('a renewal continuing the period is not expiring; a later one is next', () => {
    const renewal = { id: 'p2', validFrom: '2026-07-01', validUntil: '2026-12-31' };
    expect(enrolmentStatus([period, renewal], [], '2026-06-25')).toMatchObject({ kind: 'active', next: renewal });
    expect(enrolmentStatus([period, renewal], [], '2026-07-01')).toMatchObject({ kind: 'active', current: renewal });
    const gap = { id: 'p3', validFrom: '2026-09-01', validUntil: '2026-12-31' };
    expect(enrolmentStatus([period, gap], [], '2026-08-01')).toMatchObject({
      kind: 'not-yet-valid',
      daysUntilStart: 31,
    });
  });
  it('suspended with reason and until; lifted suspensions stop', () => {
    const suspension = { id: 's', from: '2026-02-01', until: '2026-02-28', reason: 'no-show' };
    expect(enrolmentStatus([period], [suspension], '2026-02-28')).toMatchObject({
      kind: 'suspended',
      reason: 'no-show',
      until: '2026-02-28',
    });
    expect(enrolmentStatus([period], [suspension], '2026-03-01').kind).toBe('active');
    expect(enrolmentStatus([period], [{ ...suspension, liftedOn: '2026-02-10' }], '2026-02-10').kind).toBe('active');
  });
  it('ended early by a social worker', () => {
    const ended = { ...period, endedOn: '2026-03-01', endedReason: 'moved' };
    expect(enrolmentStatus([ended], [], '2026-02-01').kind).toBe('active');
    expect(enrolmentStatus([ended], [], '2026-02-28')).toMatchObject({ kind: 'expiring', daysLeft: 0 });
    expect(enrolmentStatus([ended], [], '2026-03-01')).toMatchObject({
      kind: 'ended',
      endedOn: '2026-03-01',
      reason: 'moved',
    });
  });
});

describe('card numbers', () => {
  it('issues EAN-13s in 040–049 with a valid GS1 check digit', () => {
    const first = nextCardNumber([]);
    expect(first).toBe(cardNumberForSerial(1));
    expect(first).toMatch(/^04\d{11}$/);
    expect(checkBarcode(first).ok).toBe(true);
    expect(nextCardNumber([first, cardNumberForSerial(41), '5410000000002'])).toBe(cardNumberForSerial(42));
  });
  it('refuses out-of-range, in-store and damaged numbers', () => {
    const good = cardNumberForSerial(7);
    expect(checkCardNumber(good)).toEqual({ ok: true, cardNumber: good });
    const wrongDigit = `${good.slice(0, -1)}${(Number(good.at(-1)) + 1) % 10}`;
    expect(checkCardNumber(wrongDigit)).toEqual({ ok: false, reason: 'bad-check-digit' });
    expect(checkCardNumber('2000000000015')).toEqual({ ok: false, reason: 'variable-measure' });
    expect(checkCardNumber('5410000000002')).toEqual({ ok: false, reason: 'out-of-range' });
    expect(checkCardNumber('&é"')).toEqual({ ok: false, reason: 'not-digits' });
    expect(checkCardRange({ prefix: '2', length: 13 })).toBe('variable-measure-prefix');
    expect(checkCardRange({ prefix: '04', length: 13 })).toBeNull();
  });
  it('tells a card scan from a product scan', () => {
    expect(classifyScan(cardNumberForSerial(3))).toBe('card');
    expect(classifyScan('5410000000002')).toBe('product');
    expect(classifyScan('036000291452')).toBe('product');
    expect(classifyScan('5410000000003')).toBe('invalid');
    expect(classifyScan('1234')).toBe('product');
  });
  it('every issued number is a card and never a product (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9_999_999_999 }), (serial) => {
        expect(classifyScan(cardNumberForSerial(serial))).toBe('card');
      }),
    );
  });
});
