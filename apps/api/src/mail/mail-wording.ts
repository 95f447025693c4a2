import { isMessageCode, LANGUAGES, wordParams, type Language, type Message } from '@inno/contracts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The web's `messages` locale text (apps/web/src/locales/messages), read by the API so that a mail
 * says what the same notification says on the page: one wording, in both languages.
 */
export const MESSAGES_DIR = join(__dirname, '../../../web/src/locales/messages');

type LocaleText = { [key: string]: string | LocaleText };

const catalogues: Record<Language, LocaleText> = Object.fromEntries(
  LANGUAGES.map((language) => [language, JSON.parse(readFileSync(join(MESSAGES_DIR, `${language}.json`), 'utf8')) as LocaleText]),
) as Record<Language, LocaleText>;

function lookUp(language: Language, key: string): string | undefined {
  let node: string | LocaleText | undefined = catalogues[language];
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

/** A message worded in `language`, as the web's `messageText` words it. */
export function wordMessage(message: Message, language: Language): string {
  if (!isMessageCode(message.code)) return lookUp(language, 'UNKNOWN') ?? '';
  const params = wordParams(message.params ?? {}, language, (key, fallback) => lookUp(language, key) ?? fallback);
  const template = lookUp(language, `codes.${message.code}`) ?? message.code;
  return template.replace(/{{(\w+)}}/g, (whole, name: string) => params[name] ?? whole);
}
