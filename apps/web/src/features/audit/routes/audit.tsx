import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Loading, QueryError } from '../../../components/alerts';
import { SelectField } from '../../../components/field';
import { Pagination } from '../../../components/pagination';
import { useAuditEvents } from '../api/get-audit-events';
import { useAuditFilterOptions } from '../api/get-audit-filter-options';
import { AuditEventsTable } from '../components/audit-events-table';
import { AuditVerificationPanel } from '../components/audit-verification-panel';
import { auditActionLabel, auditEntityLabel } from '../components/audit-words';

const PAGE_SIZE = 50;

export function AuditRoute() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const entityType = search.get('entityType')?.trim() || undefined;
  const action = search.get('action')?.trim() || undefined;
  const page = Math.max(1, Number.parseInt(search.get('page') ?? '1', 10) || 1);
  const events = useAuditEvents({ page, pageSize: PAGE_SIZE, entityType, action });
  const options = useAuditFilterOptions();
  const [filter, setFilter] = useState({ entityType: entityType ?? '', action: action ?? '' });

  function onFilter(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = new URLSearchParams();
    if (filter.entityType) next.set('entityType', filter.entityType);
    if (filter.action) next.set('action', filter.action);
    setSearch(next);
  }

  function goToPage(target: number) {
    const next = new URLSearchParams(search);
    next.set('page', String(target));
    setSearch(next);
  }

  return (
    <section className="page">
      <h1>{t('audit.title')}</h1>
      <p className="page__lead">{t('audit.intro')}</p>
      <AuditVerificationPanel />
      <section aria-labelledby="audit-events-title">
        <h2 id="audit-events-title">{t('audit.eventsTitle')}</h2>
        <form className="filters" role="search" onSubmit={onFilter}>
          <SelectField
            id="audit-filter-entityType"
            label={t('audit.entityType')}
            hint={t('audit.entityTypeHint')}
            value={filter.entityType}
            aria-busy={options.isPending || undefined}
            errors={options.isError ? [t('audit.filterOptionsFailed')] : undefined}
            onChange={(e) => setFilter({ ...filter, entityType: e.target.value })}
          >
            <option value="">{t('audit.allEntityTypes')}</option>
            {options.data?.entityTypes.map((code) => (
              <option key={code} value={code}>
                {auditEntityLabel(t, code)}
              </option>
            ))}
          </SelectField>
          <SelectField
            id="audit-filter-action"
            label={t('audit.actionFilter')}
            value={filter.action}
            aria-busy={options.isPending || undefined}
            onChange={(e) => setFilter({ ...filter, action: e.target.value })}
          >
            <option value="">{t('audit.allActions')}</option>
            {options.data?.actions.map((code) => (
              <option key={code} value={code}>
                {auditActionLabel(t, code)}
              </option>
            ))}
          </SelectField>
          <button type="submit" className="button">
            {t('audit.filter')}
          </button>
        </form>
        {events.isPending ? <Loading /> : null}
        {events.isError ? <QueryError error={events.error} onRetry={() => void events.refetch()} /> : null}
        {events.data ? (
          <div aria-busy={events.isFetching || undefined}>
            <AuditEventsTable events={events.data.items} />
            <Pagination page={events.data.page} pageSize={events.data.pageSize} total={events.data.total} onChange={goToPage} />
          </div>
        ) : null}
      </section>
    </section>
  );
}
