import { PilotAction, type PilotView } from '@inno/contracts';
import { Link } from 'react-router';
import { formatKrw } from '../../../lib/format';
import { PilotActions } from './pilot-actions';
import { FollowOn } from './pilot-facts';
import { PilotStatusBadge } from './pilot-status-badge';
import { usePilotsTranslation } from './pilots-i18n';

/** Sorted within a product: by rank while applied (1 first), then the rest by amount. */
function byRank(a: PilotView, b: PilotView): number {
  if (a.rank !== null && b.rank !== null) return a.rank - b.rank;
  if (a.rank !== null) return -1;
  if (b.rank !== null) return 1;
  return b.amount - a.amount;
}

/**
 * The plan's applications grouped by product: each with its rank, follow-on budget,
 * amount and need, and the operator's match and decline (decline asks for a reason).
 */
export function PlanApplications({ applications, onDone }: { applications: PilotView[]; onDone: (message: string) => void }) {
  const { t, i18n } = usePilotsTranslation();
  const groups = new Map<string, PilotView[]>();
  for (const application of applications) groups.set(application.product.id, [...(groups.get(application.product.id) ?? []), application]);

  if (groups.size === 0) return <p data-testid="applications-empty">{t('operator.applicationsEmpty')}</p>;

  return (
    <div data-testid="plan-applications">
      {[...groups.entries()].map(([productId, rows]) => {
        const headingId = `applications-${productId}-title`;
        return (
          <section key={productId} className="card" aria-labelledby={headingId} data-testid={`applications-product-${productId}`}>
            <h3 id={headingId}>
              {rows[0].product.nameKo} <span className="muted">· {rows[0].product.companyName}</span>
            </h3>
            <p className="muted">{t('operator.applicationCount', { count: rows.length })}</p>
            <div className="table-wrap">
              <table className="table table--compact">
                <caption className="visually-hidden">{t('operator.applicationsCaption', { product: rows[0].product.nameKo })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('operator.rank')}</th>
                    <th scope="col">{t('operator.institution')}</th>
                    <th scope="col">{t('operator.status')}</th>
                    <th scope="col">{t('operator.followOn')}</th>
                    <th scope="col">{t('operator.amount')}</th>
                    <th scope="col">{t('operator.need')}</th>
                    <th scope="col">{t('operator.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {[...rows].sort(byRank).map((application) => {
                    const nameId = `application-${application.id}-name`;
                    return (
                      <tr key={application.id} data-testid={`application-${application.id}`} data-rank={application.rank ?? ''}>
                        <td data-testid={`application-rank-${application.id}`}>
                          {application.rank !== null ? t('facts.rankValue', { rank: application.rank }) : t('common.none')}
                        </td>
                        <th scope="row" id={nameId}>
                          <Link to={`/my/pilots/${application.id}`}>{application.institution.name}</Link>
                        </th>
                        <td>
                          <PilotStatusBadge status={application.status} />
                        </td>
                        <td>
                          <FollowOn pilot={application} />
                        </td>
                        <td>{formatKrw(application.amount, i18n.language)}</td>
                        <td className="product__description">{application.need}</td>
                        <td>
                          <PilotActions
                            pilot={application}
                            only={[PilotAction.MATCH, PilotAction.DECLINE]}
                            describedBy={nameId}
                            onDone={(message) => onDone(message)}
                          />
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
    </div>
  );
}
