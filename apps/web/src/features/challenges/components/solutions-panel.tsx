import { useTranslation } from 'react-i18next';
import { Loading, QueryError } from '../../../components/alerts';
import { formatKoreaDateTime } from '../../../lib/korea-time';
import { useSolutions } from '../api/get-solutions';

/** The operator's view of the solutions: sealed (count and times) until the close, then opened. */
export function SolutionsPanel({ challengeId }: { challengeId: string }) {
  const { t, i18n } = useTranslation('challenges');
  const solutions = useSolutions(challengeId, true);
  if (solutions.isPending) return <Loading />;
  if (solutions.isError) return <QueryError error={solutions.error} onRetry={() => void solutions.refetch()} />;
  const view = solutions.data;
  const at = (iso: string) => formatKoreaDateTime(iso, i18n.language);
  return (
    <section aria-labelledby="solutions-title" className="panel" data-testid="solutions-panel">
      <h2 id="solutions-title">{t('solutions.title')}</h2>
      <p>{t('solutions.count', { count: view.count })}</p>
      {view.sealed ? (
        <>
          <p data-testid="solutions-sealed">{t('solutions.sealed', { closesAt: at(view.closesAt) })}</p>
          <ul>
            {view.submittedAt.map((time, index) => (
              <li key={`${time}-${index}`}>{at(time)}</li>
            ))}
          </ul>
        </>
      ) : (
        <table>
          <caption>{t('solutions.opened')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('solutions.company')}</th>
              <th scope="col">{t('solutions.product')}</th>
              <th scope="col">{t('solutions.submittedAt')}</th>
              <th scope="col">{t('solutions.innovation')}</th>
            </tr>
          </thead>
          <tbody>
            {view.solutions.map((solution) => (
              <tr key={solution.proposalId}>
                <td>{solution.company.name}</td>
                <td>{solution.product.nameKo}</td>
                <td>{solution.submittedAt ? at(solution.submittedAt) : ''}</td>
                <td>{solution.content.innovation}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
