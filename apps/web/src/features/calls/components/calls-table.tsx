import type { CallView, CategoryView } from '@inno/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../components/data-table';
import { CallPhaseBadge } from '../../../components/workflow-badges';
import { categoryLabel } from '../../../lib/categories';
import { formatKoreaDateTime } from '../../../lib/korea-time';

/** Calls with their phase and Korea-time window; each title links to the notice. */
export function CallsTable({ calls, categories, caption }: { calls: CallView[]; categories?: CategoryView[]; caption: string }) {
  const { t, i18n } = useTranslation(['calls', 'workflow']);
  const language = i18n.language;
  return (
    <DataTable
      caption={caption}
      testId="calls-table"
      rows={calls}
      rowKey={(call) => call.id}
      rowTestId={(call) => `call-row-${call.id}`}
      empty={t('table.empty')}
      columns={[
        { key: 'title', header: t('table.title'), rowHeader: true, cell: (call) => <Link to={`/calls/${call.id}`}>{call.title}</Link> },
        { key: 'kind', header: t('table.kind'), cell: (call) => t(`workflow:callKind.${call.kind}`) },
        { key: 'phase', header: t('table.phase'), cell: (call) => <CallPhaseBadge phase={call.phase} testId={`call-phase-${call.id}`} /> },
        {
          key: 'period',
          header: t('table.period'),
          cell: (call) => t('workflow:period', { from: formatKoreaDateTime(call.opensAt, language), to: formatKoreaDateTime(call.closesAt, language) }),
        },
        { key: 'subAreas', header: t('table.subAreas'), cell: (call) => call.subAreas.map((code) => categoryLabel(categories, code, language)).join(', ') },
      ]}
    />
  );
}
