import { useTranslation } from 'react-i18next';
import { useUpdateLanguage } from '../features/mail/api/update-language';
import { LANGUAGES, type Language } from '../lib/i18n';
import { useSession } from '../lib/session';

/**
 * 한국어 / English; the choice is kept in localStorage and sets <html lang>. Signed in, it is also
 * the user's language on the platform: their mails come in it.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const signedIn = useSession().state.status === 'signed-in';
  const store = useUpdateLanguage();
  const choose = (language: Language) => {
    void i18n.changeLanguage(language);
    // The page switches at once; a failure to store it only leaves the mails in the old language.
    if (signedIn) store.mutate(language);
  };
  return (
    <div className="language-switch" role="group" aria-label={t('header.languageSwitch')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="language-switch__button"
          data-testid={`lang-${language}`}
          aria-pressed={i18n.resolvedLanguage === language}
          onClick={() => choose(language)}
        >
          {t(`language.${language}`)}
        </button>
      ))}
    </div>
  );
}
