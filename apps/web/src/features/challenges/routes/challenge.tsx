import { Role, type ChallengeView } from '@inno/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Loading, LoadFailure } from '../../../components/alerts';
import { DescriptionList } from '../../../components/description-list';
import { MessageList } from '../../../components/message-list';
import { formatKrw, formatNumber } from '../../../lib/format';
import { formatKoreaDateTime } from '../../../lib/korea-time';
import { useSession } from '../../../lib/session';
import { useChallenge } from '../api/get-challenge';
import { ChallengeActions } from '../components/challenge-actions';
import { ChallengeStatusBadge } from '../components/challenge-status';
import { SolutionsPanel } from '../components/solutions-panel';

/** `/challenges/:id` (public once proposed): the problem, the decision and its reason, the solution call, the winner and the purchase. */
export function ChallengeRoute() {
  const { id = '' } = useParams();
  const { t } = useTranslation('challenges');
  // The viewer's actions come with the challenge (and a draft shows only to its institution): ask once the session is known.
  const session = useSession();
  const challenge = useChallenge(id, { enabled: session.state.status !== 'loading' });
  if (challenge.isPending) return <Loading />;
  if (challenge.isError) {
    return (
      <section className="page page--narrow">
        <LoadFailure query={challenge} notFound={<h1>{t('detail.notFound')}</h1>} />
        <p>
          <Link to="/challenges">{t('detail.back')}</Link>
        </p>
      </section>
    );
  }
  return <ChallengePage challenge={challenge.data} />;
}

function ChallengePage({ challenge }: { challenge: ChallengeView }) {
  const { t, i18n } = useTranslation(['challenges', 'workflow']);
  const { user } = useSession();
  const lang = i18n.language;
  const none = t('detail.none');
  const money = (value: number | null) => (value === null ? none : formatKrw(value, lang));
  return (
    <section className="page" aria-labelledby="challenge-title">
      <p>
        <Link to="/challenges">{t('detail.back')}</Link>
      </p>
      <h1 id="challenge-title">{challenge.title}</h1>
      <p>
        <ChallengeStatusBadge status={challenge.status} /> {t('list.institution')}: {challenge.institution.name}
      </p>
      {challenge.ideaId ? <p>{t('detail.fromIdea')}</p> : null}
      <h2>{t('detail.problem')}</h2>
      <DescriptionList
        items={[
          { key: 'field.need', term: t('field.need'), value: challenge.need || none },
          { key: 'field.currentMethod', term: t('field.currentMethod'), value: challenge.currentMethod || none },
          { key: 'field.currentCost', term: t('field.currentCost'), value: money(challenge.currentCost) },
          { key: 'field.expectedEffect', term: t('field.expectedEffect'), value: challenge.expectedEffect || none },
          { key: 'field.budget', term: t('field.budget'), value: money(challenge.budget) },
          { key: 'field.quantity', term: t('field.quantity'), value: challenge.quantity === null ? none : formatNumber(challenge.quantity, lang) },
          { key: 'field.field', term: t('field.field'), value: challenge.field || none },
        ]}
      />
      {challenge.selection ? (
        <section aria-labelledby="challenge-decision-title" data-testid="challenge-decision">
          <h2 id="challenge-decision-title">{t('detail.decidedBy')}</h2>
          <p>
            {t(`workflow:challengeSelection.${challenge.selection.by}`)} · {formatKoreaDateTime(challenge.selection.decidedAt, lang)}
          </p>
          <h3>{t('detail.decisionReasons')}</h3>
          <MessageList messages={challenge.selection.reasons} />
          {challenge.selection.sessionId ? (
            <p>
              <Link to={`/minutes/${challenge.selection.sessionId}`}>{t('detail.minutes')}</Link>
            </p>
          ) : null}
        </section>
      ) : null}
      {challenge.solutionCall ? (
        <>
          <h2>{t('detail.solutionCall')}</h2>
          <p>{t('detail.solutionCallWindow', { from: formatKoreaDateTime(challenge.solutionCall.opensAt, lang), to: formatKoreaDateTime(challenge.solutionCall.closesAt, lang) })}</p>
          {challenge.solutionCall.phase === 'OPEN' && user?.role === Role.SUPPLIER ? (
            <p>
              {t('detail.answerHint')} <Link to={`/my/proposals/new?callId=${challenge.solutionCall.id}`}>{t('detail.answer')}</Link>
            </p>
          ) : null}
        </>
      ) : null}
      {challenge.winner ? (
        <>
          <h2>{t('detail.winner')}</h2>
          <p data-testid="challenge-winner">
            <Link to={`/products/${challenge.winner.productId}`}>{t('detail.winnerText', { product: challenge.winner.productName, company: challenge.winner.companyName })}</Link>
          </p>
        </>
      ) : null}
      {challenge.purchase ? (
        <>
          <h2>{t('detail.purchase')}</h2>
          <p data-testid="challenge-purchase">
            {t('detail.purchaseText', { amount: formatKrw(challenge.purchase.amount, lang), date: challenge.purchase.contractedOn, reference: challenge.purchase.contractReference })}
          </p>
        </>
      ) : null}
      <ChallengeActions challenge={challenge} />
      {challenge.solutionCall && (user?.role === Role.OPERATOR || user?.role === Role.ADMIN) ? <SolutionsPanel challengeId={challenge.id} /> : null}
    </section>
  );
}

export default ChallengeRoute;
