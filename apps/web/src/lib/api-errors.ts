import type { TFunction } from 'i18next';
import { isApiRequestError } from './api-client';
import { wordApiError, wordMessage } from './messages';
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
 * `detailCodes` (a 400, or e.g. a 409 "already registered") beside their fields,
 * and the API's code above the form, each worded in the reader's language
 * (never the English `message`, which is for API users).
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
  // A body without codes (a proxy's, an older API's) is shown as it came.
  const sentence = wordApiError(body);
  const fields = body.detailCodes
    ? Object.fromEntries(Object.entries(body.detailCodes).map(([field, messages]) => [field, messages.map(wordMessage)]))
    : (body.details ?? {});
  if (Object.keys(fields).length > 0) {
    const { byField, other } = splitFieldErrors(fields, knownFields);
    const title = special ?? (error.status === 400 ? t('errors.fixFields') : sentence);
    return { byField, alert: { title, messages: [...new Set(other)], requestId: body.requestId } };
  }
  return {
    byField: {},
    alert: special
      ? { title: special, messages: [sentence], requestId: body.requestId }
      : { title: sentence, messages: [], requestId: body.requestId },
  };
}
