import { Role } from '@inno/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LoadFailure, Loading, QueryError, StatusMessage } from '../../../components/alerts';
import { DescriptionList } from '../../../components/description-list';
import { formatDateTime } from '../../../lib/format';
import { useSession } from '../../../lib/session';
import { useClaimInvitation } from '../api/claim-invitation';
import { useInvitation } from '../api/lookup-invitation';

/** `/scouting/invitations/:token` (public): what the company was nominated for; a signed-in supplier claims it. */
export function InvitationRoute() {
  const { token = '' } = useParams();
  const { t, i18n } = useTranslation('scouting');
  const { state } = useSession();
  const invitation = useInvitation(token);
  const claim = useClaimInvitation();
  if (invitation.isPending) return <Loading />;
  if (invitation.isError) return <LoadFailure query={invitation} notFound={<p data-testid="invitation-not-found">{t('invitation.notFound')}</p>} />;
  const view = invitation.data;
  const supplier = state.status === 'signed-in' && state.user.role === Role.SUPPLIER;
  return (
    <section className="page page--narrow" aria-labelledby="invitation-title">
      <h1 id="invitation-title">{t('invitation.title')}</h1>
      <p>{t('invitation.lead', { scout: view.scoutName, round: view.roundTitle })}</p>
      <DescriptionList
        testId="invitation-details"
        items={[
          { key: 'company', term: t('invitation.company'), value: `${view.companyName} (${view.businessNumber})` },
          { key: 'product', term: t('invitation.product'), value: view.productName },
          { key: 'expires', term: t('invitation.expiresAt'), value: formatDateTime(view.expiresAt, i18n.language) },
        ]}
      />
      {claim.isSuccess ? (
        <StatusMessage testId="invitation-claimed">{t('invitation.claimedNow')}</StatusMessage>
      ) : view.claimed ? (
        <p>{t('invitation.claimed')}</p>
      ) : supplier ? (
        <>
          {claim.isError ? <QueryError error={claim.error} /> : null}
          <button type="button" className="button" data-testid="invitation-claim" aria-disabled={claim.isPending || undefined} onClick={() => !claim.isPending && claim.mutate(token)}>
            {claim.isPending ? t('invitation.claiming') : t('invitation.claim')}
          </button>
        </>
      ) : state.status === 'signed-in' ? (
        <p>{t('invitation.supplierOnly')}</p>
      ) : (
        <>
          <p>{t('invitation.signUpFirst')}</p>
          <p className="button-row">
            <Link className="button" to="/sign-up">
              {t('invitation.signUp')}
            </Link>
            <Link className="button button--secondary" to="/sign-in">
              {t('invitation.signIn')}
            </Link>
          </p>
        </>
      )}
    </section>
  );
}

export default InvitationRoute;
