import { useTranslation } from 'react-i18next';

/** The statistics namespace (figures' names, shared with the home page's headline). */
export const useStatisticsTranslation = () => useTranslation('statistics');
