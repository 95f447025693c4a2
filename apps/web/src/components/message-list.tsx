import type { Message } from '@inno/contracts';
import { useMessageText } from '../lib/messages';

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
