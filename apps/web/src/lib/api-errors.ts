import type { TFunction } from 'i18next';
import { isApiRequestError } from './api-client';
import { splitFieldErrors, type FieldErrors } from './validation';

export interface FormAlert {
  title: string;
  messages: string[];
  requestId?: string;
}

export interface FormFailure {
  /** API `details` for fields the form shows, keyed 1:1 by the API's field names. */
  byField: FieldErrors;
  /** What to say above the form, if anything. */
  alert: FormAlert | null;
}

/**
 * Turns a failed request into what a form shows: the API's per-field
 * `details` (a 400, or e.g. a 409 "already registered") beside their fields,
 * and the API's message above the form.
 * `titles` words particular statuses (e.g. 401 on sign-in).
 */
export function describeFormFailure(
  error: unknown,
  t: TFunction,
  knownFields: readonly string[],
  titles: Partial<Record<number, string>> = {},
): FormFailure {
  if (!isApiRequestError(error)) return { byField: {}, alert: { title: t('errors.network'), messages: [] } };
  const { body } = error;
  const special = titles[error.status];
  if (body.details && Object.keys(body.details).length > 0) {
    const { byField, other } = splitFieldErrors(body.details, knownFields);
    const title = special ?? (error.status === 400 ? t('errors.fixFields') : body.message);
    return { byField, alert: { title, messages: other, requestId: body.requestId } };
  }
  return {
    byField: {},
    alert: special
      ? { title: special, messages: [body.message], requestId: body.requestId }
      : { title: body.message || t('errors.generic'), messages: [], requestId: body.requestId },
  };
}
