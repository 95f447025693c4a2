import { ROLES, Role, UserStatus, type UserView } from '@inno/contracts';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Loading, QueryError } from '../../../components/alerts';
import { Pagination } from '../../../components/pagination';
import { useSession } from '../../../lib/session';
import { useUsers, type GetUsersParams } from '../../../api/get-users';
import { CreateStaffUserForm } from '../components/create-staff-user-form';
import { UsersFilters, type UsersFilterValues } from '../components/users-filters';
import { UsersTable } from '../components/users-table';

const PAGE_SIZE = 20;

function pick<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return value && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

/**
 * Filters live in the address so a list can be shared and the back button works.
 * Operators land on the accounts waiting for their approval.
 */
function readParams(search: URLSearchParams, viewer: UserView): GetUsersParams {
  const rawStatus = search.get('status');
  const status =
    rawStatus === null && viewer.role === Role.OPERATOR
      ? UserStatus.PENDING
      : pick(rawStatus, Object.values(UserStatus));
  const page = Math.max(1, Number.parseInt(search.get('page') ?? '1', 10) || 1);
  return {
    status,
    role: pick(search.get('role'), ROLES),
    q: search.get('q')?.trim() || undefined,
    page,
    pageSize: PAGE_SIZE,
  };
}

export function UsersRoute() {
  const { user: viewer } = useSession();
  if (!viewer) return null; // the route guard only renders this for signed-in staff
  return <UsersPage viewer={viewer} />;
}

function UsersPage({ viewer }: { viewer: UserView }) {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const params = readParams(search, viewer);
  const users = useUsers(params);

  function applyFilters(values: UsersFilterValues) {
    const next = new URLSearchParams();
    next.set('status', values.status);
    if (values.role) next.set('role', values.role);
    if (values.q) next.set('q', values.q);
    setSearch(next);
  }

  function goToPage(page: number) {
    const next = new URLSearchParams(search);
    next.set('page', String(page));
    setSearch(next);
  }

  const filterKey = `${params.status ?? ''}|${params.role ?? ''}|${params.q ?? ''}`;

  return (
    <section className="page">
      <h1>{t('users.title')}</h1>
      <p className="page__lead">{viewer.role === Role.ADMIN ? t('users.adminIntro') : t('users.operatorIntro')}</p>
      <UsersFilters
        key={filterKey}
        initial={{ status: params.status ?? '', role: params.role ?? '', q: params.q ?? '' }}
        onApply={applyFilters}
      />
      {users.isPending ? <Loading /> : null}
      {users.isError ? <QueryError error={users.error} onRetry={() => void users.refetch()} /> : null}
      {users.data ? (
        <div aria-busy={users.isFetching || undefined}>
          <UsersTable users={users.data.items} viewerRole={viewer.role} />
          <Pagination page={users.data.page} pageSize={users.data.pageSize} total={users.data.total} onChange={goToPage} />
        </div>
      ) : null}
      {viewer.role === Role.ADMIN ? (
        <section className="card">
          <CreateStaffUserForm />
        </section>
      ) : null}
    </section>
  );
}
