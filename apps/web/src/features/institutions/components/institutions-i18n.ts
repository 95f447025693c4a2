import { useTranslation } from 'react-i18next';

/** The namespace of the institution admin pages: `src/locales/institutions/{ko,en}.json`, fetched with them. */
export function useInstitutionsTranslation() {
  return useTranslation('institutions');
}
