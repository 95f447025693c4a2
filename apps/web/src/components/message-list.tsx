import type { Message } from '@inno/contracts';
import { useTranslation } from 'react-i18next';
import { messageText, useMessageText } from '../lib/messages';

/** Reasons the API sent as codes (a decision's, the minutes'), each worded in the reader's language. */
export function MessageList({ messages, className }: { messages: Message[]; className?: string }) {
  const { word } = useMessageText();
  return (
    <ul className={className}>
      {messages.map((message, i) => (
        <li key={i}>{word(message)}</li>
      ))}
    </ul>
  );
}

/**
 * Reasons the platform publishes (the decisions register, the minutes): a published text reads the
 * same for everyone, so each is worded in Korean first and English beside, whatever the reader's
 * language, each marked with its `lang` for screen readers. A person's own words are shown once.
 */
export function PublishedMessageList({ messages, className, testId }: { messages: Message[]; className?: string; testId?: string }) {
  const { t: ko } = useTranslation('messages', { lng: 'ko' });
  const { t: en } = useTranslation('messages', { lng: 'en' });
  return (
    <ul className={['published-text', className].filter(Boolean).join(' ')} data-testid={testId}>
      {messages.map((message, i) => {
        const korean = messageText(ko, message, 'ko');
        const english = messageText(en, message, 'en');
        return (
          <li key={i} className="published-text__item">
            <span lang="ko" className="published-text__ko">
              {korean}
            </span>
            {english !== korean ? (
              <>
                {' '}
                <span lang="en" className="published-text__en">
                  {english}
                </span>
              </>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
