import { isMessageCode, type ApiError, type Message, type MessageParams } from '@inno/contracts';
import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay, formatNumber } from './format';
import { i18n } from './i18n';
import { formatKoreaDateTime } from './korea-time';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const BILINGUAL = /^(.+?) \((.+)\)$/;

/** A name written "한국어 (English)", as the default criteria are: the half of the reader's language. */
export function nameInLanguage(name: string, language: string): string {
  const halves = BILINGUAL.exec(name);
  return halves ? halves[language === 'en' ? 2 : 1] : name;
}
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Params named so hold a state or a checklist item: the reader sees its name, not its key. */
const WORDED_PARAMS: Record<string, string> = { status: 'status', from: 'status', to: 'status', item: 'screeningItem' };

function wordParams(t: TFunction<'messages'>, params: MessageParams, language: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'number') out[name] = formatNumber(value, language);
    else if (INSTANT.test(value)) out[name] = formatKoreaDateTime(value, language);
    else if (DAY.test(value)) out[name] = formatDay(value, language);
    else if (name === 'group') out[name] = nameInLanguage(value, language);
    else if (WORDED_PARAMS[name]) out[name] = t(`${WORDED_PARAMS[name]}.${value}` as never, { defaultValue: value }) as string;
    else out[name] = value;
  }
  return out;
}

/**
 * A message of the API in the reader's language, from the `messages` locale files: the one
 * place the web words what the server sends (errors, rule results, reasons, notifications).
 * Numbers and dates in the params are formatted for the language, instants in Korea time.
 */
export function messageText(t: TFunction<'messages'>, message: Message | null | undefined, language: string): string {
  if (!message) return '';
  if (!isMessageCode(message.code)) return t('UNKNOWN');
  return t(`codes.${message.code}` as never, { ...wordParams(t, message.params ?? {}, language), interpolation: { escapeValue: false } }) as string;
}

/**
 * An API error's sentence: its code worded, or the status's generic sentence when the code is
 * not one the web knows. A body without a code (a proxy's) is shown as it came.
 */
export function apiErrorText(t: TFunction<'messages'>, body: Pick<ApiError, 'code' | 'params' | 'statusCode' | 'message'>, language: string): string {
  if (!body.code) return body.message || t('UNKNOWN');
  if (isMessageCode(body.code)) return messageText(t, { code: body.code, params: body.params }, language);
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
