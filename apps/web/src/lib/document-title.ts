import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Names the browser tab after the page, "혁신제품 찾기 · 혁신장터" (WCAG 2.4.2); `page` is already worded. */
export function useDocumentTitle(page: string) {
  const { t } = useTranslation();
  const app = t('app.title');
  useEffect(() => {
    document.title = `${page} · ${app}`;
  }, [page, app]);
}
