import { criteriaTotal, type CriteriaSet } from '@inno/contracts';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../lib/format';

/** A criteria set as a table: each group with its criteria and points, its pass share, the total and the pass mark. */
export function CriteriaTable({ criteria, testId, caption }: { criteria: CriteriaSet; testId?: string; caption?: string }) {
  const { t, i18n } = useTranslation('workflow');
  const language = i18n.language;
  const total = criteriaTotal(criteria);
  return (
    <div className="table-wrap">
      <table className="table table--compact criteria-table" data-testid={testId}>
        <caption className={caption ? undefined : 'visually-hidden'}>{caption ?? t('criteria.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('criteria.criterion')}</th>
            <th scope="col">{t('criteria.points')}</th>
            <th scope="col">{t('criteria.passRatio')}</th>
          </tr>
        </thead>
        {criteria.groups.map((group) => {
          const groupPoints = group.criteria.reduce((sum, criterion) => sum + criterion.points, 0);
          return (
            <tbody key={group.key} data-testid={testId ? `${testId}-group-${group.key}` : undefined}>
              <tr className="criteria-table__group">
                <th scope="rowgroup">{group.name}</th>
                <td>{t('criteria.pointsValue', { points: formatNumber(groupPoints, language) })}</td>
                <td>{t('criteria.passRatioValue', { percent: formatPercent(group.passRatio, language) })}</td>
              </tr>
              {group.criteria.map((criterion) => (
                <tr key={criterion.key}>
                  <th scope="row" className="criteria-table__criterion">
                    {criterion.name}
                  </th>
                  <td>{t('criteria.pointsValue', { points: formatNumber(criterion.points, language) })}</td>
                  <td />
                </tr>
              ))}
            </tbody>
          );
        })}
        <tfoot>
          <tr>
            <th scope="row">{t('criteria.total')}</th>
            <td data-testid={testId ? `${testId}-total` : undefined}>{t('criteria.pointsValue', { points: formatNumber(total, language) })}</td>
            <td data-testid={testId ? `${testId}-pass-mark` : undefined}>
              {t('criteria.passMarkValue', { mark: formatNumber(criteria.passMark, language) })}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
