import { useSearchParams } from 'react-router';

/**
 * A list's status filter and page, kept in the address (so a list can be linked and the back button
 * works): an unknown status reads as none, a bad page as the first.
 */
export function useStatusPageSearch<Status extends string>(statuses: readonly Status[]) {
  const [search, setSearch] = useSearchParams();
  const given = search.get('status');
  const status = given && (statuses as readonly string[]).includes(given) ? (given as Status) : undefined;
  const page = Math.max(1, Number.parseInt(search.get('page') ?? '1', 10) || 1);
  const go = (nextStatus: Status | undefined, nextPage: number) => {
    const params = new URLSearchParams();
    if (nextStatus) params.set('status', nextStatus);
    if (nextPage > 1) params.set('page', String(nextPage));
    setSearch(params);
  };
  return { status, page, go };
}
