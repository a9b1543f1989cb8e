// March 2026 in Brussels: starts 2026-02-28T23:00Z, DST on 29 March (02:00 CET → 03:00 CEST),
// ends 2026-03-31T22:00Z. Every row is placed to test one rule of a figure; see monthly.test.ts.
import type { ReportFixture } from '../../support/report-builders';

export const SECRET_NAMES = ['Zyxwinkel', 'Firstname', 'Qwertyvolunteer', '0470 12 34 56', '0401234567891'];

export function buildMarch2026(f: ReportFixture): void {
  const ocmw = f.organisation('OCMW Gent');
  const caw = f.organisation('CAW');
  const rules = f.ruleSet({ base: 1500, perAdult: 750, perChild: 500, cap: 6000 });
  const veg = f.category('Groenten', 'Légumes');
  const clean = f.category('Onderhoud', 'Entretien');
  const apple = f.product(veg, 'piece', 300, 6);
  const soap = f.product(clean, 'kg', 500, 21);

  const h1 = f.household('Gent', ['1980-05-01', '2024-03-31'], '0401234567891');
  const h2 = f.household('Bruxelles', ['1960-03-31', '2011-04-01', '2008-03-31']);
  const h3 = f.household('Gent', ['2009-03-15', '1990-01-01']);
  const h4 = f.household('Gent', ['1970-01-01']);
  const h5 = f.household('Aalst', ['1975-06-06']);
  f.enrolment(h1, ocmw, '2026-03-05', '2026-09-04');
  f.enrolment(h2, caw, '2025-09-01', '2026-02-28');
  f.enrolment(h2, caw, '2026-03-01', '2026-08-31', 'renewal');
  f.enrolment(h3, ocmw, '2025-10-01', '2026-03-20');
  f.enrolment(h4, caw, '2025-12-01', '2026-05-31', 'new', '2026-03-16');
  f.enrolment(h5, ocmw, '2026-01-01', '2026-06-30');
  f.budgetOverride(h3, 2000, '2026-06-30');

  const cashier = f.user('Qwertyvolunteer Cashier');
  const clientVolunteer = f.user('Qwertyvolunteer Client', h2);
  const warehouse = f.user('Qwertyvolunteer Warehouse');

  const line = (
    productId: number,
    categoryId: number,
    quantity: number,
    amount: number,
    reference: number,
    vat: number,
  ) => ({
    productId,
    categoryId,
    quantity,
    amount,
    reference,
    vat,
  });
  const base = { userId: cashier, ruleSetId: rules };
  f.sale({
    ...base,
    householdId: h1,
    at: '2026-03-02T10:00:00.000Z',
    periodKey: '2026-W10',
    lines: [line(apple, veg, 2, 200, 600, 6), line(soap, clean, 1000, 150, 400, 21)],
    payments: [{ method: 'cash', amount: 350 }],
  });
  f.sale({
    ...base,
    householdId: h1,
    at: '2026-03-29T09:00:00.000Z',
    periodKey: '2026-W13',
    lines: [line(apple, veg, 1, 100, 300, 6)],
    payments: [{ method: 'card', amount: 100 }],
  });
  f.sale({
    ...base,
    householdId: h1,
    kind: 'return',
    at: '2026-03-29T09:30:00.000Z',
    periodKey: '2026-W13',
    lines: [line(apple, veg, -1, -100, -300, 6)],
    payments: [{ method: 'card', amount: -100 }],
  });
  // 00:30 local on 1 March: in March although the UTC date is 28 February.
  f.sale({
    ...base,
    householdId: h2,
    at: '2026-02-28T23:30:00.000Z',
    periodKey: '2026-W09',
    lines: [line(soap, clean, 2000, 400, 1000, 21)],
    payments: [
      { method: 'voucher', amount: 300 },
      { method: 'cash', amount: 100 },
    ],
  });
  f.sale({
    ...base,
    householdId: h3,
    at: '2026-03-10T12:00:00.000Z',
    periodKey: '2026-W11',
    lines: [line(apple, veg, 3, 300, 900, 6)],
    payments: [{ method: 'account', amount: 300 }],
  });
  // 23:30 local on 28 February and 00:30 local on 1 April: outside March.
  f.sale({
    ...base,
    householdId: h5,
    at: '2026-02-28T22:30:00.000Z',
    periodKey: '2026-W09',
    lines: [line(apple, veg, 1, 100, 300, 6)],
    payments: [{ method: 'cash', amount: 100 }],
  });
  f.sale({
    ...base,
    householdId: h4,
    at: '2026-03-31T22:30:00.000Z',
    periodKey: '2026-W14',
    lines: [line(apple, veg, 1, 100, 300, 6)],
    payments: [{ method: 'cash', amount: 100 }],
  });

  f.appointment(h1, '2026-03-02T09:45:00.000Z', 'completed');
  f.appointment(h2, '2026-03-05T09:00:00.000Z', 'no-show');
  f.appointment(h3, '2026-03-10T11:30:00.000Z', 'checked-in');
  f.appointment(h1, '2026-03-29T08:30:00.000Z', 'cancelled');
  f.appointment(h5, '2026-03-31T22:00:00.000Z', 'booked');
  f.appointment(h4, '2026-03-20T10:00:00.000Z', 'booked');
  f.appointment(h2, '2026-03-12T10:00:00.000Z', 'completed', true);

  f.stock(apple, '2026-03-03T08:00:00.000Z', 'received', 50, 'donation', 0);
  f.stock(soap, '2026-03-16T08:00:00.000Z', 'received', 10000, 'purchase', 3000);
  f.stock(apple, '2026-03-30T08:00:00.000Z', 'written-off', -4, null, null);
  f.stock(apple, '2026-02-28T22:00:00.000Z', 'received', 99, 'donation', 0);

  // 01:30 CET → 04:30 CEST on the night of the change: 2 real hours, 3 on the wall clock.
  f.shift(cashier, '2026-03-29T00:30:00.000Z', '2026-03-29T02:30:00.000Z');
  f.shift(clientVolunteer, '2026-03-02T08:00:00.000Z', '2026-03-02T12:30:00.000Z');
  // Across the month's edges: only the part inside March counts (2 h each).
  f.shift(cashier, '2026-02-28T21:00:00.000Z', '2026-03-01T01:00:00.000Z');
  f.shift(cashier, '2026-03-31T20:00:00.000Z', '2026-03-31T23:00:00.000Z');
  f.shift(warehouse, '2026-03-20T08:00:00.000Z', null);
  f.timeLog(warehouse, '2026-03-14', 180);
  f.timeLog(warehouse, '2026-03-21', 90);
  f.timeLog(clientVolunteer, '2026-04-01', 60);
  f.timeLog(warehouse, '2026-02-28', 60);
}

/** Every figure of March 2026, worked out by hand (money in cents). */
export const expectedMarch2026: Record<string, number> = {
  'households.served': 3,
  'households.served[organisation:1]': 2,
  'households.served[organisation:2]': 1,
  'households.served[municipality:Bruxelles]': 1,
  'households.served[municipality:Gent]': 2,
  'households.visits': 4,
  'households.persons': 7,
  'households.persons[age:0-2]': 1,
  'households.persons[age:3-14]': 1,
  'households.persons[age:15-17]': 1,
  'households.persons[age:18-64]': 3,
  'households.persons[age:65+]': 1,
  'enrolments.new': 1,
  'enrolments.new[organisation:1]': 1,
  'enrolments.new[municipality:Gent]': 1,
  'enrolments.renewals': 1,
  'enrolments.renewals[organisation:2]': 1,
  'enrolments.renewals[municipality:Bruxelles]': 1,
  'enrolments.expired': 2,
  'enrolments.expired[organisation:1]': 1,
  'enrolments.expired[organisation:2]': 1,
  'enrolments.expired[municipality:Gent]': 2,
  'enrolments.activeAtMonthEnd': 3,
  'enrolments.activeAtMonthEnd[organisation:1]': 2,
  'enrolments.activeAtMonthEnd[organisation:2]': 1,
  'enrolments.activeAtMonthEnd[municipality:Aalst]': 1,
  'enrolments.activeAtMonthEnd[municipality:Bruxelles]': 1,
  'enrolments.activeAtMonthEnd[municipality:Gent]': 1,
  'turnover.turnoverCents': 1050,
  'turnover.salesCents': 1150,
  'turnover.returnsCents': -100,
  'turnover.roundingCents': 0,
  'turnover.sales': 4,
  'turnover.returns': 1,
  'turnover.paidCents[method:account]': 300,
  'turnover.paidCents[method:card]': 0,
  'turnover.paidCents[method:cash]': 450,
  'turnover.paidCents[method:voucher]': 300,
  'turnover.turnoverCents[vat:6]': 500,
  'turnover.turnoverCents[vat:21]': 550,
  'turnover.turnoverCents[category:1]': 500,
  'turnover.turnoverCents[category:2]': 550,
  'turnover.referenceCents': 2900,
  'turnover.paidByClientsCents': 1050,
  'turnover.savingCents': 1850,
  'budget.periods': 4,
  // (350/2750 + 0/2750 + 400/3250 + 300/2000) / 4, the last with the household override.
  'budget.averageShareUsed': 0.1001,
  'budget.usedCents': 1050,
  'budget.budgetCents': 10750,
  'appointments.booked': 4,
  'appointments.attended': 3,
  'appointments.missed': 1,
  'appointments.cancelled': 1,
  'appointments.walkIns': 1,
  'appointments.noShowRate': 0.25,
  'stock.donatedDeliveries': 1,
  'stock.donatedValueCents': 15000,
  'stock.purchasedDeliveries': 1,
  'stock.purchasedCostCents': 3000,
  'stock.purchasedValueCents': 5000,
  'stock.writtenOff': 1,
  'stock.writtenOffValueCents': 1200,
  'coproduction.volunteersActive': 3,
  'coproduction.tillVolunteers': 2,
  'coproduction.loggedVolunteers': 1,
  'coproduction.hoursWorked': 15,
  'coproduction.tillHours': 10.5,
  'coproduction.loggedHours': 4.5,
  'coproduction.clientsVolunteering': 1,
};
