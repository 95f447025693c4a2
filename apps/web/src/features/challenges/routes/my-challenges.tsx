import { ChallengeStatus, type ChallengeView } from '@inno/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading, QueryError } from '../../../components/alerts';
import { useMyChallenges } from '../api/get-my-challenges';
import { ChallengeForm } from '../components/challenge-form';
import { ChallengeStatusBadge } from '../components/challenge-status';

/** `/my/challenges` (buyer): the institution's challenges, drafts to edit, and a new one. */
export function MyChallengesRoute() {
  const { t } = useTranslation('challenges');
  const mine = useMyChallenges();
  const [editing, setEditing] = useState<ChallengeView | null>(null);
  return (
    <section className="page" aria-labelledby="my-challenges-title">
      <h1 id="my-challenges-title">{t('mine.title')}</h1>
      <p className="page__lead">{t('mine.lead')}</p>
      {mine.isPending ? <Loading /> : null}
      {mine.isError ? <QueryError error={mine.error} onRetry={() => void mine.refetch()} /> : null}
      {mine.data ? (
        mine.data.items.length === 0 ? (
          <p>{t('mine.empty')}</p>
        ) : (
          <ul className="card-list" data-testid="my-challenges">
            {mine.data.items.map((challenge) => (
              <li key={challenge.id} className="card">
                <h2>
                  <Link to={`/challenges/${challenge.id}`}>{challenge.title}</Link>
                </h2>
                <p>
                  <ChallengeStatusBadge status={challenge.status} />
                </p>
                {challenge.status === ChallengeStatus.DRAFT ? (
                  <button type="button" onClick={() => setEditing(challenge)}>
                    {t('mine.edit')}
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        )
      ) : null}
      <h2>{editing ? t('mine.edit') : t('mine.new')}</h2>
      <ChallengeForm key={editing?.id ?? 'new'} challenge={editing ?? undefined} onSaved={() => setEditing(null)} />
    </section>
  );
}

export default MyChallengesRoute;
