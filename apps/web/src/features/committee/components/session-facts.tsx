import type { SessionView } from '@inno/contracts';
import { useTranslation } from 'react-i18next';
import { DescriptionList } from '../../../components/description-list';
import { formatKoreaDateTime } from '../../../lib/korea-time';

/** When and where a session meets, whether the chair has opened it, and who sits on it (the chair marked, and how each attends). */
export function SessionFacts({ session }: { session: SessionView }) {
  const { t, i18n } = useTranslation(['committee', 'workflow']);
  const language = i18n.language;
  return (
    <DescriptionList
      testId="session-facts"
      items={[
        {
          key: 'when',
          term: t('session.when'),
          value: t('workflow:period', { from: formatKoreaDateTime(session.startsAt, language), to: formatKoreaDateTime(session.endsAt, language) }),
        },
        { key: 'place', term: t('session.place'), value: <SessionPlace session={session} /> },
        {
          key: 'opened',
          term: t('session.opened'),
          value: session.openedAt ? t('session.openedAt', { date: formatKoreaDateTime(session.openedAt, language) }) : t('session.notOpened', { date: session.meetingDate }),
        },
        {
          key: 'members',
          term: t('session.members'),
          value: (
            <ul className="tag-list">
              {session.members.map((member) => (
                <li key={member.userId} className={`badge${member.isChair ? ' badge--role' : ''}`} data-testid={`member-${member.userId}`}>
                  {member.isChair ? t('session.chairName', { name: member.name }) : member.name}
                  {member.presence ? ` · ${t(`attendance.presence.${member.presence}`)}` : null}
                </li>
              ))}
            </ul>
          ),
        },
      ]}
    />
  );
}

export function SessionPlace({ session }: { session: Pick<SessionView, 'room' | 'onlineUrl'> }) {
  const { t } = useTranslation('committee');
  if (session.room) return <>{t('session.room', { name: session.room.name, capacity: session.room.capacity })}</>;
  if (session.onlineUrl) {
    return (
      <a href={session.onlineUrl} target="_blank" rel="noreferrer">
        {t('session.online')}
      </a>
    );
  }
  return <>{t('session.noPlace')}</>;
}
