import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Loading, QueryError } from '../../../components/alerts';
import { useNominations } from '../api/get-nominations';
import { useScoutingRounds } from '../api/get-scouting-rounds';
import { useReissueInvitation } from '../api/reissue-invitation';
import { InvitationLink } from '../components/invitation-link';
import { NominationForm } from '../components/nomination-form';
import { NominationsTable } from '../components/nominations-table';

/** `/scout/nominations` (scouts): nominate a company in an open round, follow one's nominations, reissue a link. */
export function MyNominationsRoute() {
  const { t } = useTranslation('scouting');
  const [search] = useSearchParams();
  const rounds = useScoutingRounds({ page: 1, pageSize: 50 });
  const mine = useNominations({ page: 1, pageSize: 100 });
  const reissue = useReissueInvitation();
  const [reissued, setReissued] = useState<string | null>(null);
  return (
    <section className="page" aria-labelledby="my-nominations-title">
      <h1 id="my-nominations-title">{t('nominate.pageTitle')}</h1>
      <p className="page__lead">{t('nominate.lead')}</p>
      {rounds.isPending ? <Loading /> : null}
      {rounds.isError ? <QueryError error={rounds.error} onRetry={() => void rounds.refetch()} /> : null}
      {rounds.data ? <NominationForm rounds={rounds.data.items} initialRoundId={search.get('round') ?? undefined} /> : null}

      <h2>{t('nominate.myTitle')}</h2>
      {reissued ? <InvitationLink path={reissued} message={t('nominate.reissued')} /> : null}
      {reissue.isError ? <QueryError error={reissue.error} /> : null}
      {mine.isPending ? <Loading /> : null}
      {mine.isError ? <QueryError error={mine.error} onRetry={() => void mine.refetch()} /> : null}
      {mine.data ? (
        mine.data.items.length === 0 ? (
          <p>{t('nominate.none')}</p>
        ) : (
          <NominationsTable
            nominations={mine.data.items}
            caption={t('nominate.myCaption')}
            actions={(n) =>
              n.invitation.claimedAt ? null : (
                <button
                  type="button"
                  className="button button--secondary"
                  aria-disabled={reissue.isPending || undefined}
                  onClick={() => reissue.mutate(n.id, { onSuccess: (view) => setReissued(view.invitationUrl ?? null) })}
                >
                  {t('nominate.reissue')}
                </button>
              )
            }
          />
        )
      ) : null}
    </section>
  );
}

export default MyNominationsRoute;
