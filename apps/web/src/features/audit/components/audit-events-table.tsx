import { ROLES, type AuditEventView, type Role } from '@inno/contracts';
import { useTranslation } from 'react-i18next';
import { formatKoreaDateTime } from '../../../lib/korea-time';

const isRole = (value: string | null): value is Role => value !== null && (ROLES as readonly string[]).includes(value);

export function AuditEventsTable({ events }: { events: AuditEventView[] }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table" data-testid="audit-events-table">
        <caption className="visually-hidden">{t('audit.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.occurredAt')}</th>
            <th scope="col">{t('audit.action')}</th>
            <th scope="col">{t('audit.entity')}</th>
            <th scope="col">{t('audit.transition')}</th>
            <th scope="col">{t('audit.actor')}</th>
            <th scope="col">{t('audit.requestId')}</th>
            <th scope="col">{t('audit.hash')}</th>
          </tr>
        </thead>
        <tbody>
          {events.length === 0 ? (
            <tr>
              <td colSpan={7} className="table__empty">
                {t('audit.empty')}
              </td>
            </tr>
          ) : (
            events.map((event) => (
              <tr key={event.id} data-testid={`audit-event-${event.id}`}>
                <td>
                  <time dateTime={event.occurredAt}>{formatKoreaDateTime(event.occurredAt, i18n.language)}</time>
                </td>
                <th scope="row">
                  <code>{event.action}</code>
                </th>
                <td>
                  <code>{event.entityType}</code>
                  {event.entityId ? <span className="mono muted"> {event.entityId}</span> : null}
                </td>
                <td>
                  {event.fromState || event.toState ? (
                    <span>
                      <code>{event.fromState ?? '∅'}</code> → <code>{event.toState ?? '∅'}</code>
                    </span>
                  ) : null}
                </td>
                <td>
                  {isRole(event.actorRole) ? t(`roles.${event.actorRole}`) : (event.actorRole ?? t('audit.system'))}
                  {event.actorId ? <span className="mono muted"> {event.actorId}</span> : null}
                </td>
                <td className="mono">{event.requestId ?? ''}</td>
                <td className="mono" title={event.hash}>
                  {event.hash.slice(0, 12)}
                </td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
