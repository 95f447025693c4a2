import type { Message, MessageCode, MessageParams, TransitionCheck } from '@inno/contracts';

/**
 * Errors the services raise in the domain's words; one filter maps them to HTTP.
 * The code (with its params) is stable and what the web words in the reader's language;
 * the English message is for API users and logs.
 */
export abstract class DomainError extends Error {
  abstract readonly status: number;
  constructor(
    message: string,
    readonly code: MessageCode,
    readonly details?: Record<string, string[]>,
    readonly params?: MessageParams,
    readonly detailCodes: Record<string, Message[]> | undefined = details && Object.fromEntries(Object.keys(details).map((field) => [field, [{ code, ...(params ? { params } : {}) }]])),
  ) {
    super(message);
  }
}

/** The move does not apply to the record's current state (or conflicts with another record). */
export class ConflictError extends DomainError {
  readonly status = 409;
}

/** The caller may not do this to this record. */
export class ForbiddenError extends DomainError {
  readonly status = 403;
}

export class NotFoundError extends DomainError {
  readonly status = 404;
  constructor(entity: string, id?: string) {
    super(id ? `${entity} ${id} not found` : `${entity} not found`, 'NOT_FOUND', undefined, { entity });
  }
}

/** Input that passed the DTO's shape but breaks a rule only the service can check. */
export class InvalidInputError extends DomainError {
  readonly status = 400;
  /** `why` words the field's problem for the reader; without it the field is only marked invalid. */
  constructor(field: string, message: string, why: Message = { code: 'FIELD_INVALID', params: { field, rule: 'service' } }) {
    super(message, 'INVALID_INPUT', { [field]: [message] }, undefined, { [field]: [why] });
  }
}

export class UnauthenticatedError extends DomainError {
  readonly status = 401;
}

/** Too many attempts: the caller waits `retryAfterSeconds` (sent as Retry-After). */
export class TooManyRequestsError extends DomainError {
  readonly status = 429;
  constructor(
    message: string,
    code: MessageCode,
    readonly retryAfterSeconds: number,
    params?: MessageParams,
  ) {
    super(message, code, undefined, params);
  }
}

/** A body in a content type the route does not read (multipart on a JSON route, JSON on an upload). */
export class UnsupportedMediaTypeError extends DomainError {
  readonly status = 415;
  constructor(message: string) {
    super(message, 'UNSUPPORTED_MEDIA_TYPE');
  }
}

export class PayloadTooLargeError extends DomainError {
  readonly status = 413;
  constructor(message: string, maxMegabytes?: number) {
    super(message, 'PAYLOAD_TOO_LARGE', undefined, maxMegabytes === undefined ? undefined : { maxMegabytes });
  }
}

/**
 * A move the shared state machine refused, as the error to throw: a wrong role is a 403; a guard
 * (the call is closed, a deadline has not passed) refuses with its own code and params; a wrong
 * state is a 409 worded by `wrongState` for API users, with the state and action as params.
 */
export function refusedMove(check: Extract<TransitionCheck<string>, { ok: false }>, wrongState: string, params: { status: string; action: string }): DomainError {
  if (check.reason === 'FORBIDDEN_ROLE') return new ForbiddenError(check.message, check.reason);
  if (check.reason === 'GUARD') return new ConflictError(check.message, check.refusal.code, undefined, check.refusal.params);
  return new ConflictError(wrongState, check.reason, undefined, params);
}
