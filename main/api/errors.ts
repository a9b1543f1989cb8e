import type { CallError, ErrorCode, FieldError } from '../contract/define';
import type { NotFoundSubject, RefusalReason } from '../contract/refusals';

/**
 * An expected refusal a service reports to the caller (not a bug). `reason` is a code the renderer
 * translates (only listed ones: contract/refusals.ts); `message` is an English fallback for logs and
 * the CLI, and what a screen shows if a translation were ever missing, so write it as a sentence.
 */
export class TillError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly reason: RefusalReason,
    message: string,
    readonly details?: CallError['details'],
    readonly fields?: FieldError[],
  ) {
    super(message);
  }

  toCallError(): CallError {
    return {
      code: this.code,
      reason: this.reason,
      message: this.message,
      ...(this.details ? { details: this.details } : {}),
      ...(this.fields ? { fields: this.fields } : {}),
    };
  }
}

export const notFound = (what: NotFoundSubject) =>
  new TillError('not-found', `${what}-not-found`, `${what.replace('-', ' ')} not found`);

/** Field-level validation failure: nothing was saved. */
export const invalidFields = (fields: FieldError[]) =>
  new TillError(
    'invalid-input',
    'invalid-fields',
    `invalid: ${fields.map((f) => `${f.path} ${f.code}`).join(', ')}`,
    undefined,
    fields,
  );
