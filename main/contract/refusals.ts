// Every `reason` the main process can put in a refused call's error. TillError, notFound and the
// dispatcher only accept these, so a new refusal cannot be thrown without being listed here, and the
// i18n test fails until the renderer has a sentence for it in nl, fr and en.
export const refusalReasons = [
  // dispatcher and transports
  'bad-envelope',
  'unknown-channel',
  'not-signed-in',
  'idle',
  'forbidden',
  'invalid-fields',
  'bad-output',
  'internal',
  'missing-frame',
  'foreign-frame',
  'sub-frame',
  // sign-in and users
  'setup-done',
  'unknown-user',
  'user-locked',
  'pin-wrong',
  'no-roles',
  'badge-taken',
  // not found (notFound(what) builds `${what}-not-found`)
  'household-not-found',
  'suspension-not-found',
  'card-not-found',
  'organisation-not-found',
  'user-not-found',
  'reference-person-not-found',
  'product-not-found',
  // till: shift and desk
  'shift-open',
  'shift-not-open',
  'sale-open',
  'walk-ins-refused',
  'no-room',
  'no-client',
  'proxy-unknown',
  'line-not-found',
  'nothing-to-override',
  'already-parked',
  'nothing-parked',
  'cart-empty',
  // till: the scanned card
  'card-unknown',
  'card-blocked',
  'own-household',
  'card-expired',
  'card-suspended',
  'card-not-yet-valid',
  // till: paying (the last four come from the pure settlement in domain/till/cart)
  'refusal-pending',
  'payment-method-off',
  'account-needs-client',
  'payment-short',
  'payment-over',
  'tendered-short',
  'payment-method-twice',
  // till: overrides and returns
  'not-overridable',
  'override-pin-wrong',
  'approver-not-coordinator',
  'sale-not-found',
  'return-too-late',
  'return-too-many',
  'return-line-twice',
  // households
  'duplicate-person',
  'suspension-not-running',
  'no-period-to-end',
  'household-anonymised',
  'already-renewed',
  // appointments (booking checks from domain/appointments)
  'closed',
  'no-such-slot',
  'slot-in-past',
  'slot-full',
  'already-booked',
  'visit-limit',
  'appointment-not-found',
  'illegal-transition',
  // appointments: the schedule editor
  'bookings-affected',
  'capacity-below-bookings',
  'opening-session-not-found',
  'closing-day-not-found',
  // reports
  'month-not-over',
  'month-already-closed',
  'unknown-volunteer',
  'date-in-future',
  // backups and devices
  'backup-folder-missing',
  'backup-running',
  'devices-not-simulated',
  'print-job-not-waiting',
  'receipt-not-found',
] as const;
export type RefusalReason = (typeof refusalReasons)[number];

/** What `notFound(what)` may name: only subjects whose `${what}-not-found` is a listed reason. */
export type NotFoundSubject = RefusalReason extends infer R ? (R extends `${infer S}-not-found` ? S : never) : never;
