import { useTranslation } from 'react-i18next';

export function Pagination({ page, pageSize, total, onChange, maxPage, totalLabel, testId }: {
  page: number;
  pageSize: number;
  total: number;
  onChange: (page: number) => void;
  /** The last page the API serves (e.g. a search capped at a number of results). */
  maxPage?: number;
  /** How to show the total when the plain number would mislead (e.g. "1,000+"). */
  totalLabel?: string;
  /** Prefix of the buttons' test ids: `${testId}-previous`, `${testId}-next`. */
  testId?: string;
}) {
  const { t } = useTranslation();
  const pages = Math.min(Math.max(1, Math.ceil(total / pageSize)), maxPage ?? Number.POSITIVE_INFINITY);
  // Nothing to page through on one page (or none); past the last page, the way back stays.
  if (pages <= 1 && page <= 1) return null;
  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      <button
        type="button"
        className="button button--secondary"
        data-testid={testId ? `${testId}-previous` : undefined}
        disabled={page <= 1}
        onClick={() => onChange(page - 1)}
      >
        {t('pagination.previous')}
      </button>
      <p className="pagination__status" aria-live="polite">
        {t('pagination.status', { page, pages, total: totalLabel ?? total })}
      </p>
      <button
        type="button"
        className="button button--secondary"
        data-testid={testId ? `${testId}-next` : undefined}
        disabled={page >= pages}
        onClick={() => onChange(page + 1)}
      >
        {t('pagination.next')}
      </button>
    </nav>
  );
}
