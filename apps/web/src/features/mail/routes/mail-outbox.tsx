import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Loading, QueryError } from '../../../components/alerts';
import { DescriptionList } from '../../../components/description-list';
import { Pagination } from '../../../components/pagination';
import { formatKoreaDateTime } from '../../../lib/korea-time';
import { useMailOutbox } from '../api/get-mail-outbox';

const PAGE_SIZE = 20;

/** What the platform mailed, or would have without an SMTP server: each mail as its recipient reads it. */
export default function MailOutboxRoute() {
  const { t, i18n } = useTranslation('mail');
  const [search, setSearch] = useSearchParams();
  const page = Math.max(1, Number.parseInt(search.get('page') ?? '1', 10) || 1);
  const outbox = useMailOutbox({ page, pageSize: PAGE_SIZE });

  return (
    <section className="page">
      <h1>{t('outbox.title')}</h1>
      <p className="page__lead">{t('outbox.intro')}</p>
      {outbox.isPending ? <Loading /> : null}
      {outbox.isError ? <QueryError error={outbox.error} onRetry={() => void outbox.refetch()} /> : null}
      {outbox.data ? (
        <div aria-busy={outbox.isFetching || undefined}>
          {outbox.data.items.length === 0 ? <p>{t('outbox.empty')}</p> : null}
          <ol className="request-list" data-testid="mail-outbox">
            {outbox.data.items.map((mail) => (
              <li key={mail.id} className="card" data-testid="outbox-mail">
                <h2>{mail.subject}</h2>
                <DescriptionList
                  items={[
                    { key: 'to', term: t('outbox.to'), value: mail.to },
                    { key: 'kind', term: t('outbox.kind'), value: t(`kinds.${mail.kind}` as never, { defaultValue: mail.kind }) },
                    { key: 'language', term: t('outbox.language'), value: t(`languages.${mail.language}`) },
                    {
                      key: 'status',
                      term: t('outbox.status'),
                      value: mail.lastError ? `${t(`status.${mail.status}`)} (${t('outbox.attempts', { count: mail.attempts })}: ${mail.lastError})` : t(`status.${mail.status}`),
                    },
                    { key: 'writtenAt', term: t('outbox.writtenAt'), value: formatKoreaDateTime(mail.createdAt, i18n.language) },
                  ]}
                />
                <pre className="mail-body" lang={mail.language}>
                  {mail.body}
                </pre>
              </li>
            ))}
          </ol>
          <Pagination
            page={outbox.data.page}
            pageSize={outbox.data.pageSize}
            total={outbox.data.total}
            onChange={(target) => setSearch(new URLSearchParams({ page: String(target) }))}
          />
        </div>
      ) : null}
    </section>
  );
}
