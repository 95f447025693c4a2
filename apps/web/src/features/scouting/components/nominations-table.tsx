import type { NominationView } from '@inno/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { NominationStatusBadge } from './badges';

/** Nominations with their status and invitation; `actions` renders what the viewer may do on each. */
export function NominationsTable({ nominations, caption, actions, showScout = false }: {
  nominations: NominationView[];
  caption: string;
  actions?: (nomination: NominationView) => ReactNode;
  showScout?: boolean;
}) {
  const { t, i18n } = useTranslation('scouting');
  return (
    <div className="table-wrap">
      <table className="table" data-testid="nominations-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('columns.company')}</th>
            <th scope="col">{t('columns.product')}</th>
            {showScout ? <th scope="col">{t('columns.scout')}</th> : null}
            <th scope="col">{t('columns.status')}</th>
            <th scope="col">{t('columns.invitation')}</th>
            {actions ? <th scope="col">{t('columns.actions')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {nominations.map((n) => (
            <tr key={n.id} data-testid={`nomination-row-${n.id}`} data-company={n.companyName}>
              <th scope="row">
                {n.companyName}
                <p className="muted">{n.businessNumber}</p>
              </th>
              <td>
                {n.productName}
                <p className="muted">{n.reason}</p>
              </td>
              {showScout ? <td>{n.scout.name}</td> : null}
              <td>
                <NominationStatusBadge status={n.status} testId="nomination-status-badge" />
                {n.preScreeningNote ? <p className="muted">{n.preScreeningNote}</p> : null}
              </td>
              <td>
                {n.invitation.claimedAt
                  ? t('nominate.claimed')
                  : t('nominate.expiresAt', { date: formatDateTime(n.invitation.expiresAt, i18n.language) })}
              </td>
              {actions ? <td>{actions(n)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
