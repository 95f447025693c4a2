import { wordParams, type ApiError, type Message } from '@inno/contracts';
import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { i18n } from './i18n';

/** A name written "한국어 (English)": the half of the reader's language. */
export { nameInLanguage } from '@inno/contracts';

/**
 * A code the locale files word (a unit test holds them to the API's list, MESSAGE_CODES): asked of
 * the strings rather than of that list, which then stays off the first download.
 */
function knownCode(t: TFunction<'messages'>, code: string): boolean {
  return t(`codes.${code}` as never, { defaultValue: '' }) !== '';
}

/**
 * A message of the API in the reader's language, from the `messages` locale files: the one
 * place the web words what the server sends (errors, rule results, reasons, notifications).
 * Numbers and dates in the params are formatted for the language, instants in Korea time.
 */
export function messageText(t: TFunction<'messages'>, message: Message | null | undefined, language: string): string {
  if (!message) return '';
  if (!knownCode(t, message.code)) return t('UNKNOWN');
  return t(`codes.${message.code}` as never, { ...wordParams(message.params ?? {}, language, (key, fallback) => t(key as never, { defaultValue: fallback }) as string), interpolation: { escapeValue: false } }) as string;
}

/**
 * An API error's sentence: its code worded, or the status's generic sentence when the code is
 * not one the web knows. A body without a code (a proxy's) is shown as it came.
 */
export function apiErrorText(t: TFunction<'messages'>, body: Pick<ApiError, 'code' | 'params' | 'statusCode' | 'message'>, language: string): string {
  if (!body.code) return body.message || t('UNKNOWN');
  if (knownCode(t, body.code)) return messageText(t, { code: body.code as Message['code'], params: body.params }, language);
  return t(`http.${body.statusCode >= 500 ? 500 : body.statusCode}` as never, { defaultValue: t('UNKNOWN') }) as string;
}

/**
 * The same outside a component (a failure kept in state): in the current language, from the
 * `messages` namespace the app loads at start.
 */
export function wordMessage(message: Message | null | undefined): string {
  return messageText(i18n.getFixedT(i18n.language, 'messages'), message, i18n.language);
}

export function wordApiError(body: Pick<ApiError, 'code' | 'params' | 'statusCode' | 'message'>): string {
  return apiErrorText(i18n.getFixedT(i18n.language, 'messages'), body, i18n.language);
}

/** `messageText` bound to the current language; the component re-renders when the language changes. */
export function useMessageText() {
  const { t, i18n } = useTranslation('messages');
  const word = useCallback((message: Message | null | undefined) => messageText(t, message, i18n.language), [t, i18n.language]);
  const wordError = useCallback((body: Pick<ApiError, 'code' | 'params' | 'statusCode' | 'message'>) => apiErrorText(t, body, i18n.language), [t, i18n.language]);
  return { word, wordError };
}
