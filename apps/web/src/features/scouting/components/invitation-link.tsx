import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../../components/alerts';

/** The invitation link just issued: shown once (the API keeps only its hash), to pass on to the company. */
export function InvitationLink({ path, message }: { path: string; message: string }) {
  const { t } = useTranslation('scouting');
  const url = `${window.location.origin}${path}`;
  return (
    <div data-testid="invitation-issued">
      <StatusMessage testId="nomination-status">{message}</StatusMessage>
      <p>
        <strong>{t('nominate.invitationLink')}: </strong>
        <a href={url} data-testid="invitation-link">
          {url}
        </a>
      </p>
    </div>
  );
}
