import { ROLES, type AuditListItem, type Role } from '@inno/contracts';
import { useTranslation } from 'react-i18next';
import { formatKoreaDateTime } from '../../../lib/korea-time';
import { auditActionLabel, auditEntityLabel, auditStateLabel } from './audit-words';

const isRole = (value: string | null): value is Role => value !== null && (ROLES as readonly string[]).includes(value);

export function AuditEventsTable({ events }: { events: AuditListItem[] }) {
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
                <th scope="row" title={event.action}>
                  {auditActionLabel(t, event.action)}
                </th>
                <td>
                  {auditEntityLabel(t, event.entityType)}
                  {event.entityId ? <span className="mono muted"> {event.entityId}</span> : null}
                </td>
                <td>
                  {event.fromState || event.toState ? (
                    <span>
                      {auditStateLabel(t, event.fromState)} → {auditStateLabel(t, event.toState)}
                    </span>
                  ) : null}
                </td>
                <td>
                  <AuditActor event={event} />
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

/** Who: a person by name and role (the id only when the account is gone), or the system process. */
function AuditActor({ event }: { event: AuditListItem }) {
  const { t } = useTranslation();
  if (!event.actorId) return <>{event.actorRole ?? t('audit.system')}</>;
  const role = isRole(event.actorRole) ? t(`roles.${event.actorRole}`) : event.actorRole;
  return (
    <>
      {event.actorName ?? <span className="mono muted">{event.actorId}</span>}
      {role ? <span className="muted"> ({role})</span> : null}
    </>
  );
}
